import { inArray } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type ParticipantRole, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { requireStaff } from '@/lib/server/officers/scope';
import { parseAttendanceSheet, type SheetEntry, type SheetError } from '@/lib/nurture/attendance-sheet';
import { InvalidInputError } from '@/lib/server/errors';
import { MAX_SHEET_BYTES, readSheet } from '@/lib/server/tables/read-sheet';
import type { TableRow } from '@/lib/tables/csv';
import { foldVietnamese } from '@/lib/vietnamese';
import { activitySubject, addParticipants, attendableTalentIds, getManagedActivity } from './activities';

export interface ImportOutcome {
  /** Whether the list was written: never when a line has an error, never on a check. */
  written: boolean;
  /** Who each line names, for the officer to check before importing. */
  rows: { line: number; talentId: number; fullName: string; role: ParticipantRole }[];
  errors: SheetError[];
}

/** A person as a line names them: the folded full name and the birth year. */
const nameKey = (fullName: string, birthYear: number) =>
  `${foldVietnamese(fullName).replace(/\s+/g, ' ').trim()}|${birthYear}`;

/** The talents the lines name by full name and birth year, among those the officer may name. */
async function matchByName(db: Executor, staff: Actor, entries: SheetEntry[]) {
  const named = entries.filter((e) => e.talentId === null);
  if (named.length === 0) return new Map<string, number[]>();
  const wanted = new Set(named.map((e) => nameKey(e.fullName, e.birthYear!)));
  const years = [...new Set(named.map((e) => e.birthYear!))];
  // The names are folded in JavaScript (SQLite cannot fold tone marks); only the few matches go on
  // to the scope check, which binds one variable per id.
  const candidates = (
    await db
      .select({ id: talents.id, fullName: talents.fullName, birthYear: talents.birthYear })
      .from(talents)
      .where(inArray(talents.birthYear, years))
  ).filter((c) => wanted.has(nameKey(c.fullName, c.birthYear)));
  const allowed = new Set(
    await attendableTalentIds(
      db,
      staff,
      candidates.map((c) => c.id),
    ),
  );
  const byKey = new Map<string, number[]>();
  for (const c of candidates.filter((c) => allowed.has(c.id))) {
    const key = nameKey(c.fullName, c.birthYear);
    byKey.set(key, [...(byKey.get(key) ?? []), c.id]);
  }
  return byKey;
}

/** The rows of an uploaded list; an oversized file is refused before it is buffered. */
async function readListFile(file: File): Promise<TableRow[]> {
  if (file.size > MAX_SHEET_BYTES) throw new InvalidInputError('attendanceImport.badFile', 'file');
  const sheet = await readSheet(new Uint8Array(await file.arrayBuffer()));
  if (!sheet.ok) throw new InvalidInputError('attendanceImport.badFile', 'file');
  return sheet.rows;
}

/**
 * Imports an attendance list (CSV or XLSX, see readSheet) into an activity of the officer's unit, all or nothing: when any line
 * has an error nothing is written and every error is listed; `check` only reports. A talent the
 * officer may not name (see attendableTalentIds) reads as not found. Importing the same list again
 * changes nothing (a listed talent takes the role of the list).
 */
export async function importAttendance(
  db: Database,
  actor: Actor | null,
  activityId: number,
  file: File,
  mode: 'check' | 'import',
): Promise<ImportOutcome> {
  const staff = requireStaff(actor);
  const activity = await getManagedActivity(db, staff, activityId);
  const { entries, errors, headings } = parseAttendanceSheet(await readListFile(file));
  const byId = new Set(
    await attendableTalentIds(
      db,
      staff,
      entries.flatMap((e) => (e.talentId === null ? [] : [e.talentId])),
    ),
  );
  const byName = await matchByName(db, staff, entries);
  const resolved: { line: number; talentId: number; role: ParticipantRole }[] = [];
  const seen = new Map<number, number>();
  for (const entry of entries) {
    const column = entry.talentId === null ? 'fullName' : 'talentId';
    const matches =
      entry.talentId === null
        ? (byName.get(nameKey(entry.fullName, entry.birthYear!)) ?? [])
        : byId.has(entry.talentId)
          ? [entry.talentId]
          : [];
    const reason =
      matches.length === 0
        ? 'attendanceImport.notFound'
        : matches.length > 1
          ? 'attendanceImport.ambiguous'
          : seen.has(matches[0]!)
            ? 'attendanceImport.duplicate'
            : null;
    if (reason) {
      errors.push({ line: entry.line, column: headings[column] ?? '', reason });
      continue;
    }
    seen.set(matches[0]!, entry.line);
    resolved.push({ line: entry.line, talentId: matches[0]!, role: entry.role });
  }
  errors.sort((a, b) => a.line - b.line);
  const names = new Map(
    resolved.length === 0
      ? []
      : (
          await db
            .select({ id: talents.id, fullName: talents.fullName })
            .from(talents)
            .where(
              inArray(
                talents.id,
                resolved.map((r) => r.talentId),
              ),
            )
        ).map((t) => [t.id, t.fullName]),
  );
  const rows = resolved.map((r) => ({ ...r, fullName: names.get(r.talentId) ?? '' }));
  if (errors.length > 0 || mode === 'check') return { written: false, rows, errors };
  await db.transaction(async (tx) => {
    await addParticipants(tx, activityId, resolved);
    await recordAudit(tx, {
      ...activitySubject(staff, activityId, activity.title),
      action: 'activity.importAttendance',
      after: { participants: resolved.map(({ talentId, role }) => ({ talentId, role })) },
    });
  });
  return { written: true, rows, errors };
}

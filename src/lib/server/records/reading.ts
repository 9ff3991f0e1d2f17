/**
 * What the officers' record pages read: talents of the officer's scope found by a folded name, and
 * one record with its achievements and its unit history.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { preparedOn } from '@db/prepared';
import { type Achievement, achievements, type Talent, talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { managedTalents, requireManaged, requireStaff } from '@/lib/server/officers/scope';
import { listTalentUnitHistory } from '@/lib/server/units/talent-moves';
import { talentNameMatches } from '@/lib/server/fts';

/** How many records a search shows: enough to pick one, and to see that a name is taken twice. */
export const RECORD_SEARCH_LIMIT = 50;

export interface RecordSummary {
  id: number;
  slug: string;
  fullName: string;
  birthYear: number;
  unitName: string;
  status: Talent['status'];
  hasAccount: boolean;
}

/**
 * The records of the actor's scope whose name has a word starting with each folded word of `q`
 * ("duc" finds "Đức", "ngoc" finds "Ngọc Ánh"), in name order; none for an empty query. The
 * talents' name index (`talentNameMatches`) finds them; the first {@link RECORD_SEARCH_LIMIT} in
 * name order are picked from the narrow `talents_reach_idx` before any wide row is read, so a
 * common name's thousands of matches cost an index read each.
 */
export async function findTalentRecords(db: Database, actor: Actor, q: string): Promise<RecordSummary[]> {
  const staff = requireStaff(actor);
  const matches = talentNameMatches(q);
  if (!matches) return [];
  const first = await db
    .select({ id: talents.id })
    .from(talents)
    .where(and(matches, managedTalents(staff), isNull(talents.mergedIntoId)))
    .orderBy(asc(talents.fullName), asc(talents.id))
    .limit(RECORD_SEARCH_LIMIT);
  if (first.length === 0) return [];
  const rows = await db
    .select({
      id: talents.id,
      slug: talents.slug,
      fullName: talents.fullName,
      birthYear: talents.birthYear,
      unitName: units.name,
      status: talents.status,
      userId: talents.userId,
    })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(
      inArray(
        talents.id,
        first.map((r) => r.id),
      ),
    )
    .orderBy(asc(talents.fullName), asc(talents.id));
  return rows.map(({ userId, ...r }) => ({ ...r, hasAccount: userId !== null }));
}

export interface UnitHistoryEntry {
  kind: string;
  fromName: string | null;
  toName: string | null;
  occurredAt: Date;
}

export interface TalentRecord {
  talent: Talent;
  unitName: string;
  achievements: Achievement[];
  unitHistory: UnitHistoryEntry[];
  mergedInto: { id: number; fullName: string } | null;
}

/** A talent's moves between units, newest first, with the units' names (merges and splits included). */
export async function readUnitHistory(db: Database, talentId: number): Promise<UnitHistoryEntry[]> {
  const events = await listTalentUnitHistory(db, talentId);
  const ids = [...new Set(events.flatMap((e) => [e.unitId, e.otherUnitId ?? e.unitId]))];
  const names = new Map(
    ids.length
      ? (await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  return events.map((e) => ({
    kind: e.kind,
    fromName: names.get(e.unitId) ?? null,
    toName: e.otherUnitId === null ? null : (names.get(e.otherUnitId) ?? null),
    occurredAt: e.occurredAt,
  }));
}

/**
 * One record as its officers see it.
 * @throws NotFoundError for an unknown record; ForbiddenError unless the actor manages its unit.
 */
export async function getTalentRecord(db: Database, actor: Actor, talentId: number): Promise<TalentRecord> {
  const staff = requireStaff(actor);
  const [row] = await db
    .select({ talent: talents, unitName: units.name })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(eq(talents.id, talentId));
  if (!row) throw new NotFoundError();
  await requireManaged(db, staff, row.talent);
  const [survivor] = row.talent.mergedIntoId
    ? await db
        .select({ id: talents.id, fullName: talents.fullName })
        .from(talents)
        .where(eq(talents.id, row.talent.mergedIntoId))
    : [];
  return {
    talent: row.talent,
    unitName: row.unitName,
    achievements: await db
      .select()
      .from(achievements)
      .where(eq(achievements.talentId, talentId))
      .orderBy(desc(achievements.year), desc(achievements.id)),
    unitHistory: await readUnitHistory(db, talentId),
    mergedInto: survivor ?? null,
  };
}

// Asked on every visit of a profile: prepared once per database.
const mergedIntoOfSlug = preparedOn((db) =>
  db
    .select({ mergedIntoId: talents.mergedIntoId })
    .from(talents)
    .where(eq(talents.slug, sql.placeholder('slug')))
    .limit(1)
    .prepare(),
);

/** The slug a merged record's address now leads to, or null when `slug` is no merged record. */
export async function survivorSlugOf(db: Database, slug: string): Promise<string | null> {
  const [row] = await mergedIntoOfSlug(db).all({ slug });
  if (!row?.mergedIntoId) return null;
  // A survivor may itself have been merged later: follow the chain (a few steps at most).
  let id: number | null = row.mergedIntoId;
  for (let step = 0; id !== null && step < 10; step++) {
    const [next] = await db
      .select({ slug: talents.slug, mergedIntoId: talents.mergedIntoId })
      .from(talents)
      .where(eq(talents.id, id));
    if (!next) return null;
    if (next.mergedIntoId === null) return next.slug;
    id = next.mergedIntoId;
  }
  return null;
}

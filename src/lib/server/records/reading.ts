/**
 * What the officers' record pages read: talents of the officer's scope found by a folded name, and
 * one record with its achievements and its unit history.
 */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { preparedOn } from '@db/prepared';
import { type Achievement, achievements, type Talent, talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { managedTalents, requireManaged, requireStaff } from '@/lib/server/officers/scope';
import { listTalentUnitHistory } from '@/lib/server/units/talent-moves';
import { searchExpression } from '@/lib/server/fts';
import { compareVietnameseNames } from '@/lib/vietnamese';

/**
 * How many records a search shows: enough to pick one, and to see that a name is taken twice; a
 * queue's page holds as many. Past it the page asks for another word (50 cards stood 8,700 px tall
 * on a phone).
 */
export const RECORD_SEARCH_LIMIT = 25;

export interface RecordSummary {
  id: number;
  slug: string;
  fullName: string;
  birthYear: number;
  unitName: string;
  status: Talent['status'];
  hasAccount: boolean;
}

/** A search of the records: what the records page lists. */
export interface RecordSearch {
  /** At most {@link RECORD_SEARCH_LIMIT} records, by given name as Vietnamese lists go. */
  records: RecordSummary[];
  /** More records match: those listed are the most recently recorded ones. */
  more: boolean;
}

/**
 * The records of the actor's scope whose name has a word starting with each folded word of `q`
 * ("duc" finds "Đức", "ngoc" finds "Ngọc Ánh"), in the order of Vietnamese lists (by given name);
 * none for an empty query. The talents' name index is read newest first and each match checked
 * against the scope on the narrow `talents_reach_idx`, stopping after the
 * {@link RECORD_SEARCH_LIMIT} + 1st: a name that thousands share costs as much as one that fifty
 * do. Only the records listed are read whole.
 */
export async function findTalentRecords(db: Database, actor: Actor, q: string): Promise<RecordSearch> {
  const staff = requireStaff(actor);
  const expression = searchExpression(q);
  if (!expression) return { records: [], more: false };
  const reach = managedTalents(staff);
  const newest = await db.all<{ id: number }>(sql`SELECT ${talents.id} AS id
    FROM talent_names CROSS JOIN ${talents} ON ${talents.id} = talent_names.rowid
    WHERE talent_names MATCH ${expression} AND ${talents.mergedIntoId} IS NULL ${reach ? sql`AND ${reach}` : sql``}
    ORDER BY talent_names.rowid DESC LIMIT ${RECORD_SEARCH_LIMIT + 1}`);
  const ids = newest.slice(0, RECORD_SEARCH_LIMIT).map((r) => r.id);
  if (ids.length === 0) return { records: [], more: false };
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
    .where(inArray(talents.id, ids));
  rows.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName) || a.id - b.id);
  return {
    records: rows.map(({ userId, ...r }) => ({ ...r, hasAccount: userId !== null })),
    more: newest.length > RECORD_SEARCH_LIMIT,
  };
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

/**
 * Which items of a talents' queue an officer sees under the filters, read from `queue_entries`
 * (db/schema/queue-tallies.ts): a row per waiting item and field with its talent's unit and birth
 * year beside it, so the filters and the officer's reach are conditions on one narrow index and a
 * count or a page reads a range of the items it means rather than the queue joined to its talents.
 */
import { and, asc, between, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { ANY_FIELD, queueEntries } from '@db/schema';
import { isCommonName, type NamePlan, talentNameMatches } from '@/lib/server/talent-names';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { ageBands, type QueueFilters } from './queue-filters';
import { olderThan, type QueueItem, type TalentQueue, talentQueueSources } from './queue-sources';
import { inManagedUnits, unitSubtree } from './scope';

/**
 * The entries of `queue` that `staff` may see and `filters` ask for, but the search
 * ({@link searchEntries} adds it).
 */
export function entriesWhere(staff: Actor, queue: TalentQueue, filters: QueueFilters): SQL | undefined {
  const year = clock.currentYear();
  const band = filters.age ? ageBands[filters.age] : null;
  return and(
    eq(queueEntries.queue, queue),
    eq(queueEntries.fieldId, filters.fieldId ?? ANY_FIELD),
    inManagedUnits(staff, queueEntries.unitId),
    filters.unitId ? inArray(queueEntries.unitId, unitSubtree(filters.unitId)) : undefined,
    filters.kind ? eq(queueEntries.kind, filters.kind) : undefined,
    band ? between(queueEntries.birthYear, year - band[1], year - band[0]) : undefined,
    olderThan(queueEntries.waitingSince, filters.waitingDays),
  );
}

/** A search's count is exact up to this many items; past it the page says "more than 100". */
export const SEARCH_COUNT_LIMIT = 100;

/**
 * How many entries of its range a search for a common name walks for {@link SEARCH_COUNT_LIMIT}
 * matches (about 2 ms) before it looks the names up instead: a name shared by more than 5 % of
 * the range finds them there.
 */
const SEARCH_WALK = 2000;

/** The entries a search reads (`where`), and how many there are, up to {@link SEARCH_COUNT_LIMIT}. */
export interface EntriesSearch {
  where: SQL | undefined;
  total: number;
  /** More than {@link SEARCH_COUNT_LIMIT} entries match; `total` is that limit. */
  capped: boolean;
  /** How `where` checks the names (src/lib/server/talent-names.ts). */
  plan: NamePlan;
}

/** How many entries meet `where`, counting no further than `limit` + 1. */
async function countUpTo(db: Database, where: SQL | undefined, limit: number): Promise<number> {
  const first = db
    .select({ one: sql`1`.as('one') })
    .from(queueEntries)
    .where(where)
    .limit(limit + 1)
    .as('first');
  const [row] = await db.select({ n: count() }).from(first);
  return row?.n ?? 0;
}

/**
 * The entries of `range` whose talent has the name `q` asks for, read the way whose cost follows
 * the page rather than the register (src/lib/server/talent-names.ts): a name few share through the
 * name index; a common one ("nguyen", 23 % of the names) by walking the range and checking each
 * entry's name, as long as the first {@link SEARCH_WALK} entries hold more than a count's worth
 * of matches or are the whole range; otherwise through the index after all.
 * @param inUnits the range is a unit's (an officer's, or a unit filter): the index is then checked
 *   from each entry, not looked up in the entries
 * @param walkLimit how many entries the walk may check before it gives way to the index
 */
export async function searchEntries(
  db: Database,
  range: SQL | undefined,
  q: string,
  inUnits: boolean,
  walkLimit = SEARCH_WALK,
): Promise<EntriesSearch> {
  const result = async (plan: NamePlan, where: SQL | undefined, counted?: number): Promise<EntriesSearch> => {
    const n = counted ?? (await countUpTo(db, where, SEARCH_COUNT_LIMIT));
    const capped = n > SEARCH_COUNT_LIMIT;
    return { where, total: capped ? SEARCH_COUNT_LIMIT : n, capped, plan };
  };
  const talentId = inUnits ? sql`+${queueEntries.talentId}` : queueEntries.talentId;
  const byIndex = talentNameMatches(q, talentId, 'index');
  if (byIndex === null) return { where: sql`0`, total: 0, capped: false, plan: 'index' };
  if (!(await isCommonName(db, q))) return result('index', and(range, byIndex));
  const check = talentNameMatches(q, queueEntries.talentId, 'walk')!;
  const walk = db
    .select({ matched: sql<number>`${check}`.as('matched') })
    .from(queueEntries)
    .where(range)
    .limit(walkLimit)
    .as('walk');
  const hits = db
    .select({ matched: walk.matched })
    .from(walk)
    .where(sql`${walk.matched}`)
    .limit(SEARCH_COUNT_LIMIT + 1)
    .as('hits');
  const [found] = await db.select({ n: count() }).from(hits);
  const walked = and(range, check);
  if ((found?.n ?? 0) > SEARCH_COUNT_LIMIT || (await countUpTo(db, range, walkLimit)) <= walkLimit) {
    return result('walk', walked, found?.n ?? 0);
  }
  return result('index', and(range, byIndex));
}

/** How many entries meet `where`. */
export async function countEntries(db: Database, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(queueEntries).where(where);
  return row?.n ?? 0;
}

/**
 * One page of the items of `queue` whose entries meet `where`, in waiting order: the page's ids
 * from the entries' index first, then only those items joined to their rows (joining in the same
 * statement joined every item the offset skipped as well).
 */
export async function pageOfEntries(
  db: Database,
  queue: TalentQueue,
  where: SQL | undefined,
  order: 'oldest' | 'newest',
  offset: number,
  size: number,
): Promise<QueueItem[]> {
  const direction = order === 'newest' ? desc : asc;
  const page = await db
    .select({ id: queueEntries.itemId })
    .from(queueEntries)
    .where(where)
    .orderBy(direction(queueEntries.waitingSince), direction(queueEntries.itemId))
    .limit(size)
    .offset(offset);
  if (page.length === 0) return [];
  const ids = page.map((row) => row.id);
  const source = talentQueueSources[queue];
  // No ORDER BY here: with one, the planner walked the queue's index in order to find the 25 ids.
  const rows = (await source
    .from(db, source.fields)
    .where(
      and(
        eq(queueEntries.queue, queue),
        eq(queueEntries.fieldId, ANY_FIELD),
        inArray(queueEntries.itemId, ids),
        source.item,
      ),
    )) as Record<string, never>[];
  const byId = new Map(rows.map(source.toItem).map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Which items of a talents' queue an officer sees under the filters, read from `queue_entries`
 * (db/schema/queue-tallies.ts): a row per waiting item and field with its talent's unit and birth
 * year beside it, so the filters and the officer's reach are conditions on one narrow index and a
 * count or a page reads a range of the items it means rather than the queue joined to its talents.
 */
import { and, asc, between, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { ANY_FIELD, queueEntries } from '@db/schema';
import { talentNameMatches } from '@/lib/server/fts';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { ageBands, type QueueFilters } from './queue-filters';
import { olderThan, type QueueItem, type TalentQueue, talentQueueSources } from './queue-sources';
import { inManagedUnits, unitSubtree } from './scope';

/**
 * The entries of `queue` that `staff` may see and `filters` ask for; a search without a word
 * (only punctuation) matches nothing, as a fold would.
 */
export function entriesWhere(staff: Actor, queue: TalentQueue, filters: QueueFilters): SQL | undefined {
  const year = clock.currentYear();
  const band = filters.age ? ageBands[filters.age] : null;
  const reach = inManagedUnits(staff, queueEntries.unitId);
  // Within a unit's range, each entry is checked against the matching names (the unary plus):
  // looking each of a common name's 23,000 talents up in the entries took 30 ms there, this 9 ms.
  // The whole queue is longer than the names: there the names are looked up.
  const inUnits = reach !== undefined || filters.unitId !== null;
  const matches = filters.q
    ? talentNameMatches(filters.q, inUnits ? sql`+${queueEntries.talentId}` : queueEntries.talentId)
    : undefined;
  return and(
    eq(queueEntries.queue, queue),
    eq(queueEntries.fieldId, filters.fieldId ?? ANY_FIELD),
    reach,
    filters.unitId ? inArray(queueEntries.unitId, unitSubtree(filters.unitId)) : undefined,
    filters.kind ? eq(queueEntries.kind, filters.kind) : undefined,
    band ? between(queueEntries.birthYear, year - band[1], year - band[0]) : undefined,
    olderThan(queueEntries.waitingSince, filters.waitingDays),
    matches === null ? sql`0` : matches,
  );
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

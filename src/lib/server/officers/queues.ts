/**
 * The officers' queues: what waits for a decision, filtered, searched and paged, with a true count.
 * The talents' queues read which items wait from their entries (queue-entries.ts), and a count
 * without filters, or with a unit only, sums the tallies the triggers keep; a search counts up to
 * SEARCH_COUNT_LIMIT. The employers' queue, which no talent is in and which grows with the
 * employers only, is read from its own table and searched through its name index.
 */
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { queueTallies } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { type QueueFilters, type QueueName, queueNames } from './queue-filters';
import { countEntries, entriesWhere, pageOfEntries, searchEntries } from './queue-entries';
import {
  employerNameMatches,
  employersWaiting,
  employerSource,
  type QueueItem,
  type TalentQueue,
} from './queue-sources';
import { inManagedUnits, requireStaff, unitSubtree } from './scope';

export interface QueuePage {
  items: QueueItem[];
  total: number;
  /** A search matches more than `total` items (SEARCH_COUNT_LIMIT): the page says "more than". */
  capped: boolean;
  page: number;
  totalPages: number;
}

export const QUEUE_PAGE_SIZE = 25;

/** Whether `filters` ask for nothing but a unit: such a count sums the queue's tallies. */
const onlyByUnit = (filters: QueueFilters) =>
  !filters.fieldId && !filters.kind && !filters.age && !filters.waitingDays && !filters.q;

/**
 * The number of items waiting in `queue` for `staff`, under a unit filter or none, from the
 * tallies the triggers keep (db/schema/queue-tallies.ts): a row per unit, whatever the queue holds.
 */
async function talliedCount(
  db: Database,
  staff: Actor,
  queue: TalentQueue,
  unitId: number | null,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${queueTallies.count}), 0)` })
    .from(queueTallies)
    .where(
      and(
        eq(queueTallies.queue, queue),
        inManagedUnits(staff, queueTallies.unitId),
        unitId ? inArray(queueTallies.unitId, unitSubtree(unitId)) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/** The true count of a talents' queue under `where`: from the tallies when they can answer. */
function talentQueueCount(
  db: Database,
  staff: Actor,
  queue: TalentQueue,
  filters: QueueFilters,
  where: SQL | undefined,
): Promise<number> {
  return onlyByUnit(filters) ? talliedCount(db, staff, queue, filters.unitId) : countEntries(db, where);
}

/** How many employers meet `where`. */
async function countEmployers(db: Database, where: SQL | undefined): Promise<number> {
  const [row] = (await employerSource.from(db, { n: count() }).where(where)) as { n: number }[];
  return row?.n ?? 0;
}

/** The waiting employers under `filters`: how many, and one page of them in order. */
async function employersPage(
  db: Database,
  filters: QueueFilters,
  offset: number,
): Promise<{ total: number; items: QueueItem[] }> {
  const matches = filters.q ? employerNameMatches(filters.q) : undefined;
  const where = and(employersWaiting(filters.waitingDays), matches === null ? sql`0` : matches);
  const order =
    filters.order === 'newest'
      ? [desc(employerSource.createdAt), desc(employerSource.id)]
      : [asc(employerSource.createdAt), asc(employerSource.id)];
  const read = async () =>
    (
      (await employerSource
        .from(db, employerSource.fields)
        .where(where)
        .orderBy(...order)
        .limit(QUEUE_PAGE_SIZE)
        .offset(offset)) as Record<string, never>[]
    ).map(employerSource.toItem);
  const total = await countEmployers(db, where);
  return { total, items: total > offset ? await read() : [] };
}

/**
 * One page of a queue as `actor` may see it, with the true number of items matching the filters.
 * @returns null when the page is past the last one (the caller answers 404)
 * @throws ForbiddenError unless the actor is staff
 */
export async function listQueue(
  db: Database,
  actor: Actor,
  queue: QueueName,
  filters: QueueFilters,
): Promise<QueuePage | null> {
  const staff = requireStaff(actor);
  const offset = (filters.page - 1) * QUEUE_PAGE_SIZE;
  if (queue === 'employers') {
    const { total, items } = await employersPage(db, filters, offset);
    return paged(items, total, filters.page);
  }
  const range = entriesWhere(staff, queue, filters);
  const inUnits = staff.role !== 'admin' || filters.unitId !== null;
  const { where, total, capped } = filters.q
    ? await searchEntries(db, range, filters.q, inUnits)
    : { where: range, total: await talentQueueCount(db, staff, queue, filters, range), capped: false };
  const items =
    total > offset ? await pageOfEntries(db, queue, where, filters.order, offset, QUEUE_PAGE_SIZE) : [];
  return paged(items, total, filters.page, capped);
}

/** `items` as page `page` of `total`, or null past the last page. */
function paged(items: QueueItem[], total: number, page: number, capped = false): QueuePage | null {
  const totalPages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  return page > totalPages ? null : { items, total, capped, page, totalPages };
}

/** How many items wait in each queue for `actor`: the workspace's front page. */
export async function countQueues(db: Database, actor: Actor): Promise<Record<QueueName, number>> {
  const staff = requireStaff(actor);
  const counts = await Promise.all(
    queueNames.map(async (queue) => {
      const n =
        queue === 'employers'
          ? await countEmployers(db, employersWaiting(null))
          : await talliedCount(db, staff, queue, null);
      return [queue, n] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueName, number>;
}

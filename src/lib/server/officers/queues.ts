/**
 * The officers' queues: what waits for a decision, filtered, searched and paged, with a true count.
 * Where each queue reads is its source (`queue-sources.ts`): its cost follows the queue's length,
 * not the register's. A count without filters, or with a unit only, sums the tallies the triggers
 * keep. A name search reads the talents' name index (`talentNameMatches`); the employers' queue,
 * which no talent is in and which grows with the employers only, folds its names in the server.
 */
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { queueTallies, type talliedQueues } from '@db/schema';
import { foldVietnamese } from '@/lib/vietnamese';
import type { Actor } from '@/lib/server/auth/actor';
import type { QueueFilters, QueueName } from './queue-filters';
import { type QueueItem, queueSources, type QueueSource } from './queue-sources';
import { requireStaff, unitSubtree } from './scope';

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  totalPages: number;
}

export const QUEUE_PAGE_SIZE = 25;

/** At most this many matches are listed talents first and sorted; more are found by walking the queue in order. */
const SORTED_AT_MOST = 2_000;

/** How many items of `source` meet `where`: talents first when the source can. */
async function countOf(db: Database, source: QueueSource, where: SQL | undefined): Promise<number> {
  const first = source.talentsFirst;
  const rows = first
    ? first.select(db, { n: count() }).where(and(where, first.where))
    : source.counted(db, { n: count() }).where(where);
  const [row] = (await rows) as { n: number }[];
  return row?.n ?? 0;
}

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
  queue: (typeof talliedQueues)[number],
  unitId: number | null,
): Promise<number> {
  if (staff.role !== 'admin' && staff.unitId === null) return 0;
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${queueTallies.count}), 0)` })
    .from(queueTallies)
    .where(
      and(
        eq(queueTallies.queue, queue),
        staff.role === 'admin' ? undefined : inArray(queueTallies.unitId, unitSubtree(staff.unitId!)),
        unitId ? inArray(queueTallies.unitId, unitSubtree(unitId)) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/** The true count of `queue`'s `source` under `filters`: from the tallies when they can answer. */
function queueCount(
  db: Database,
  staff: Actor,
  queue: QueueName,
  source: QueueSource,
  filters: QueueFilters,
) {
  return queue !== 'employers' && onlyByUnit(filters)
    ? talliedCount(db, staff, queue, filters.unitId)
    : countOf(db, source, source.where);
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
  const source = queueSources[queue](staff, filters);
  const order =
    filters.order === 'newest'
      ? [desc(source.createdAt), desc(source.id)]
      : [asc(source.createdAt), asc(source.id)];
  /** One page of the rows of `where` from `offset`, walking the queue in its order. */
  const readInOrder = async (where: SQL | undefined, offset: number): Promise<QueueItem[]> => {
    const rows = await source
      .from(db, source.fields)
      .where(where)
      .orderBy(...order)
      .limit(QUEUE_PAGE_SIZE)
      .offset(offset);
    return (rows as Record<string, never>[]).map(source.toItem);
  };
  /** The same page, its ids picked talents first and sorted when few of `total` items match. */
  const read = async (where: SQL | undefined, offset: number, total: number): Promise<QueueItem[]> => {
    const first = total <= SORTED_AT_MOST ? source.talentsFirst : undefined;
    if (!first) return readInOrder(where, offset);
    const page = (await first
      .select(db, { id: sql<number>`${source.id}` })
      .where(and(where, first.where))
      .orderBy(...order)
      .limit(QUEUE_PAGE_SIZE)
      .offset(offset)) as { id: number }[];
    // These ids passed every condition already: their rows are read by id alone.
    return page.length
      ? readInOrder(
          inArray(
            source.id,
            page.map((row) => row.id),
          ),
          0,
        )
      : [];
  };
  const offset = (filters.page - 1) * QUEUE_PAGE_SIZE;
  let total: number;
  let items: QueueItem[];
  const matches = filters.q && source.nameMatches ? source.nameMatches(filters.q) : undefined;
  if (filters.q && matches === undefined) {
    const needle = foldVietnamese(filters.q);
    const names = (await source.from(db, { id: source.id, name: source.name }).where(source.where)) as {
      id: number;
      name: string;
    }[];
    const ids = names.filter((n) => foldVietnamese(n.name).includes(needle)).map((n) => n.id);
    total = ids.length;
    const pageIds = ids.slice(offset, offset + QUEUE_PAGE_SIZE);
    items = pageIds.length ? await readInOrder(and(source.where, inArray(source.id, pageIds)), 0) : [];
  } else {
    // A search without a word (only punctuation) matches nothing, as a fold would.
    const where = matches === null ? sql`0` : and(source.where, matches);
    total = filters.q
      ? await countOf(db, source, where)
      : await queueCount(db, staff, queue, source, filters);
    items = total ? await read(where, offset, total) : [];
  }
  const totalPages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  if (filters.page > totalPages) return null;
  return { items, total, page: filters.page, totalPages };
}

/** How many items wait in each queue for `actor`: the workspace's front page. */
export async function countQueues(db: Database, actor: Actor): Promise<Record<QueueName, number>> {
  const staff = requireStaff(actor);
  const none: QueueFilters = {
    unitId: null,
    fieldId: null,
    kind: null,
    age: null,
    waitingDays: null,
    q: '',
    order: 'oldest',
    page: 1,
  };
  const counts = await Promise.all(
    (Object.keys(queueSources) as QueueName[]).map(async (queue) => {
      return [queue, await queueCount(db, staff, queue, queueSources[queue](staff, none), none)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueName, number>;
}

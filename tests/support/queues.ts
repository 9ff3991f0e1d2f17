import type { Database } from '@db/client';
import type { Actor } from '@/lib/server/auth/actor';
import { parseQueueFilters, type QueueName } from '@/lib/server/officers/queue-filters';
import { listQueue } from '@/lib/server/officers/queues';

/** Every id waiting in `queue` for `actor`, through all its pages, oldest first. */
export async function queueIds(db: Database, actor: Actor, queue: QueueName, query = ''): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const params = new URLSearchParams(query);
    params.set('page', String(page));
    const found = await listQueue(db, actor, queue, parseQueueFilters(queue, params));
    if (!found) return ids;
    ids.push(...found.items.map((item) => item.id));
    if (page >= found.totalPages) return ids;
  }
}

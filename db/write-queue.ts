import type { Database } from './client';

type Work<T> = Parameters<Database['transaction']>[0] extends (tx: infer Tx) => Promise<unknown>
  ? (tx: Tx) => Promise<T>
  : never;

/** The last queued write of each database client in this process. */
const tails = new WeakMap<Database, Promise<unknown>>();

/**
 * Runs a write transaction after the ones this process already queued on `db`. The embedded
 * client waits for a lock synchronously, on the event loop: two overlapping write transactions in
 * one process wait on each other until the busy timeout and fail with SQLITE_BUSY. Queuing them
 * keeps writers of one process in line; other processes still wait on SQLite's lock.
 * @example await writeTransaction(db, async (tx) => { … })
 */
export function writeTransaction<T>(db: Database, work: Work<T>): Promise<T> {
  const previous = tails.get(db) ?? Promise.resolve();
  const run = previous.then(() => db.transaction<T>(work));
  tails.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

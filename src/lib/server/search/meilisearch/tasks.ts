import type { EnqueuedTaskPromise, Task, WaitOptions } from 'meilisearch';

/**
 * How long to wait for Meilisearch tasks. Always passed explicitly: the client's `createIndex` builds
 * its task client without the client's `defaultWaitOptions`, so an implicit wait there is 5 s.
 */
export const taskWaits = {
  /** A relay batch: past a minute the batch is retried later, re-sending the same documents. */
  relay: { timeout: 60_000, interval: 200 },
  /** Each step of a rebuild (index creation, settings, a chunk of documents, deletion). */
  rebuild: { timeout: 15 * 60_000, interval: 500 },
  /**
   * The swap waits behind every task queued before it. Past this wait it is reported as still
   * running, not as failed: Meilisearch carries it out whether or not anyone waits.
   */
  swap: { timeout: 30 * 60_000, interval: 500 },
} satisfies Record<string, WaitOptions>;

/** Waits for a task and throws unless it succeeded: `waitTask` resolves with failed tasks too. */
export async function settled(task: EnqueuedTaskPromise, what: string, wait: WaitOptions): Promise<Task> {
  const done = await task.waitTask(wait);
  if (done.status !== 'succeeded')
    throw new Error(`Meilisearch ${what} ${done.status}: ${done.error?.message ?? 'no reason given'}`);
  return done;
}

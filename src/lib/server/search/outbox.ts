import { and, asc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { searchDocuments, searchOutbox, searchState } from '@db/schema';
import type { TalentSearch } from '@/lib/search/types';
import type { Executor } from '@db/client';
import { buildTalentDocuments } from './documents';

/** Retry delays double from 1 s and stop growing at 5 min, so a long outage costs one try per 5 min. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 5 * 60_000;
/** Outbox rows per SQL statement, well under SQLite's limit on bound variables. */
const CHUNK = 400;

/** How long to wait before the given failed attempt (1, 2, …) is retried. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/**
 * Delivers due outbox rows to an external engine: builds each talent's current document (or learns
 * it is no longer listed), indexes and removes, then deletes the rows. Delivery is by talent id and
 * always sends the current state, so delivering twice is harmless. A row whose `seq` changed while
 * it was being delivered (the talent changed again) stays for the next drain; on failure every row
 * taken is retried later with a growing delay.
 */
export async function drainSearchOutbox(
  db: Database,
  engine: TalentSearch,
  options: { now?: number; limit?: number } = {},
): Promise<{ delivered: number; failed: number }> {
  const now = options.now ?? Date.now();
  const rows = await db
    .select()
    .from(searchOutbox)
    .where(lte(searchOutbox.nextAttemptAt, now))
    .orderBy(asc(searchOutbox.nextAttemptAt), asc(searchOutbox.talentId))
    .limit(options.limit ?? 500);
  if (rows.length === 0) return { delivered: 0, failed: 0 };
  const ids = rows.map((row) => row.talentId);
  // Read before the documents: any change to these talents committed after it has a higher seq.
  const [state] = await db.select({ seq: searchState.seq }).from(searchState).limit(1);

  try {
    const { documents, unlisted } = await buildTalentDocuments(db, ids);
    await engine.index(documents);
    await engine.remove(unlisted);
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await db.transaction(async (tx) => {
      for (const row of rows) {
        await tx
          .update(searchOutbox)
          .set({ attempts: row.attempts + 1, nextAttemptAt: now + retryDelay(row.attempts + 1), lastError })
          .where(and(eq(searchOutbox.talentId, row.talentId), eq(searchOutbox.seq, row.seq)));
      }
    });
    return { delivered: 0, failed: rows.length };
  }

  await db.transaction(async (tx) => {
    // Delete first: a row queued again starts at seq 0, which the delete must not mistake for the one read.
    await deleteUnchangedOutboxRows(tx, rows);
    await requeueChangedSince(tx, ids, state?.seq ?? 0);
  });
  return { delivered: rows.length, failed: 0 };
}

/**
 * Queues again the talents that changed after `seq`. Another process's drain may have delivered
 * such a change and deleted its row before our older document reached the engine; queueing it
 * again makes the newest state arrive last.
 */
export async function requeueChangedSince(db: Executor, ids: number[], seq: number): Promise<void> {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const changed = await db
      .select({ talentId: searchDocuments.talentId })
      .from(searchDocuments)
      .where(
        and(inArray(searchDocuments.talentId, ids.slice(start, start + CHUNK)), gt(searchDocuments.seq, seq)),
      );
    if (changed.length === 0) continue;
    await db
      .insert(searchOutbox)
      .values(changed.map(({ talentId }) => ({ talentId, seq: 0 })))
      .onConflictDoUpdate({
        target: searchOutbox.talentId,
        set: { attempts: 0, nextAttemptAt: 0, lastError: null, seq: sql`${searchOutbox.seq} + 1` },
      });
  }
}

/** Deletes outbox rows only where `seq` is still the one read (a newer change keeps its row); returns how many. */
export async function deleteUnchangedOutboxRows(
  db: Executor,
  rows: { talentId: number; seq: number }[],
): Promise<number> {
  let deleted = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const unchanged = chunk.map((row) =>
      and(eq(searchOutbox.talentId, row.talentId), eq(searchOutbox.seq, row.seq)),
    );
    deleted += (await db.delete(searchOutbox).where(or(...unchanged))).rowsAffected;
  }
  return deleted;
}

/**
 * Drains the outbox every `intervalMs` in the background; returns a function that stops it. The
 * timer does not keep the process alive, and a slow drain is never overlapped by the next tick.
 */
export function startOutboxRelay(db: Database, engine: TalentSearch, intervalMs: number): () => void {
  const limit = 500;
  let running = false;
  const tick = async () => {
    let result;
    // A full batch means more is due (say, after an outage): keep going rather than wait a tick.
    do result = await drainSearchOutbox(db, engine, { limit });
    while (result.delivered === limit);
    if (result.failed > 0)
      console.warn(
        `Search outbox: ${result.failed} change(s) not delivered to ${engine.engine}; will retry.`,
      );
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((error: unknown) => console.warn('Search outbox: drain failed:', (error as Error).message))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

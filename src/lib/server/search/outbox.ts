import { and, asc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { searchDocuments, searchOutbox, searchState } from '@db/schema';
import type { TalentSearch } from '@/lib/search/types';
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

/** What one drain did: rows delivered (and deleted) and rows left for a retry. */
export interface OutboxDrain {
  delivered: number;
  failed: number;
}

/**
 * Delivers due outbox rows to an external engine: builds each talent's current document (or learns
 * it is no longer listed), removes the unlisted first, then indexes the rest, and deletes the rows
 * delivered. Removals come first and each call stands alone, so a failing `index()` never leaves a
 * hidden or deleted profile searchable. Delivery is by talent id and always sends the current state,
 * so delivering twice is harmless. A row whose `seq` changed while it was being delivered (the talent
 * changed again) stays for the next drain; failed rows are retried later with a growing delay.
 */
export async function drainSearchOutbox(
  db: Database,
  engine: TalentSearch,
  options: { now?: number; limit?: number } = {},
): Promise<OutboxDrain> {
  const now = options.now ?? Date.now();
  const rows = await db
    .select()
    .from(searchOutbox)
    .where(lte(searchOutbox.nextAttemptAt, now))
    .orderBy(asc(searchOutbox.nextAttemptAt), asc(searchOutbox.talentId))
    .limit(options.limit ?? 500);
  if (rows.length === 0) return { delivered: 0, failed: 0 };
  // Read before the documents: any change to these talents committed after it has a higher seq.
  const [state] = await db.select({ seq: searchState.seq }).from(searchState).limit(1);
  const { documents, unlisted } = await buildTalentDocuments(
    db,
    rows.map((row) => row.talentId),
  );
  const removed = new Set(unlisted);
  const removal = await attempt(() => engine.remove(unlisted));
  const indexing = await attempt(() => engine.index(documents));

  const failures = rows.flatMap((row) => {
    const error = removed.has(row.talentId) ? removal : indexing;
    return error === null ? [] : [{ row, error }];
  });
  const delivered = rows.filter((row) => (removed.has(row.talentId) ? removal : indexing) === null);
  await db.transaction(async (tx) => {
    for (const { row, error } of failures) {
      const attempts = row.attempts + 1;
      await tx
        .update(searchOutbox)
        .set({ attempts, nextAttemptAt: now + retryDelay(attempts), lastError: error })
        .where(and(eq(searchOutbox.talentId, row.talentId), eq(searchOutbox.seq, row.seq)));
    }
    // Delete first: a row queued again starts at seq 0, which the delete must not mistake for the one read.
    await deleteUnchangedOutboxRows(tx, delivered);
    await requeueChangedSince(
      tx,
      delivered.map((row) => row.talentId),
      state?.seq ?? 0,
    );
  });
  return { delivered: delivered.length, failed: failures.length };
}

/**
 * Runs one delivery call; null when it succeeded, else the error as stored in `last_error`, with its
 * causes: the client's "Request … has failed" says nothing until its cause says ECONNREFUSED.
 */
async function attempt(deliver: () => Promise<void>): Promise<string | null> {
  try {
    await deliver();
    return null;
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error && messages.length < 4; e = e.cause)
      messages.push(e.message);
    return (messages.join(': ') || String(error)).slice(0, 1000);
  }
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
      .values(changed.map(({ talentId }) => ({ talentId, seq: 0, queuedAt: Date.now() })))
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

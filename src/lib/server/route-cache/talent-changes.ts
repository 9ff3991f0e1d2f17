import { gt } from 'drizzle-orm';
import type { Database } from '@db/client';
import { searchDocuments, searchState } from '@db/schema';
import { NETWORK_TAG, talentTag } from '@/lib/route-cache-tags';

/**
 * Follows the database's change sequence (the one every talent change bumps in its own transaction,
 * `search_state.seq`, which the directory's snapshot reads too) and hands the route cache the tags
 * of what changed since it last looked. Each app instance runs its own, so a write made through any
 * instance drops the stale pages of every instance's memory cache.
 *
 * The returned function is called before a cached page is served. A call waits for a check that
 * started after it was made (never one already under way), so a request sent after a write has been
 * answered never gets a page cached before that write. The usual check is one read of a one-row
 * table; concurrent requests share it.
 * @example const catchUp = followTalentChanges(db, (tags) => memory.invalidate({ tags }));
 *   await catchUp(); // then serve what the cache holds
 */
export function followTalentChanges(
  db: Database,
  invalidate: (tags: string[]) => Promise<void>,
): () => Promise<void> {
  // Prepared once: the check runs before every hit the cache serves.
  const readSeq = db.select({ seq: searchState.seq }).from(searchState).limit(1).prepare();
  let seenSeq: number | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  async function check(): Promise<void> {
    const [state] = await readSeq.all();
    const seq = state?.seq ?? 0;
    if (seenSeq === null || seq === seenSeq) {
      // At the first look the cache is still empty: nothing in it can be older than this sequence.
      seenSeq = seq;
      return;
    }
    const changed = await db
      .select({ talentId: searchDocuments.talentId })
      .from(searchDocuments)
      .where(gt(searchDocuments.seq, seenSeq));
    if (changed.length > 0) await invalidate([NETWORK_TAG, ...changed.map((row) => talentTag(row.talentId))]);
    seenSeq = seq;
  }

  function catchUp(): Promise<void> {
    if (!running) {
      running = check().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return catchUp();
      });
    return queued;
  }
  return catchUp;
}

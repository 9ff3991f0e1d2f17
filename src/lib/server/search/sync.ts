import { sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { searchOutbox, talents } from '@db/schema';
import { getConfig } from '@/lib/server/config';
import type { Executor } from '@db/client';
import { syncNetwork } from '@/lib/server/talents/network-sync';
import { buildTalentDocuments } from './documents';
import { removeEmbeddedDocuments, writeEmbeddedDocuments } from './embedded/store';

/**
 * Brings the directory and the public network's lists and counts up to date with changed talents.
 * Call it inside the transaction that made the change: the embedded index and the home page's
 * counts change with the data (never stale), and when an external engine is configured an outbox
 * row per talent records what it still has to receive.
 */
export async function syncTalentSearch(
  tx: Executor,
  talentIds: number[],
  options: { outbox: boolean },
): Promise<void> {
  const { documents, unlisted } = await buildTalentDocuments(tx, talentIds);
  await writeEmbeddedDocuments(tx, documents);
  await removeEmbeddedDocuments(tx, unlisted);
  await syncNetwork(tx, talentIds);
  if (options.outbox && talentIds.length > 0) {
    await tx
      .insert(searchOutbox)
      .values(talentIds.map((talentId) => ({ talentId, seq: 0, queuedAt: Date.now() })))
      .onConflictDoUpdate({
        target: searchOutbox.talentId,
        set: { attempts: 0, nextAttemptAt: 0, lastError: null, seq: sql`${searchOutbox.seq} + 1` },
      });
  }
}

/**
 * Rebuilds the embedded index and the public network from every talent, in chunks; used after
 * seeding, by the reindex command, and at start when the network tables are new.
 */
export async function rebuildEmbeddedIndex(db: Database): Promise<number> {
  const ids = (await db.select({ id: talents.id }).from(talents)).map((r) => r.id);
  const chunk = 2000;
  for (let start = 0; start < ids.length; start += chunk) {
    await db.transaction((tx) => syncTalentSearch(tx, ids.slice(start, start + chunk), { outbox: false }));
  }
  return ids.length;
}

/**
 * What every change to talents calls inside its transaction: the embedded index changes with the
 * data, and an outbox row is written when Meilisearch is configured.
 */
export function recordTalentChanges(tx: Executor, talentIds: number[]): Promise<void> {
  return syncTalentSearch(tx, talentIds, { outbox: getConfig().meilisearch !== null });
}

import { gt } from 'drizzle-orm';
import { type Meilisearch, MeilisearchTaskTimeOutError } from 'meilisearch';
import type { Database } from '@db/client';
import { searchDocuments, searchOutbox, searchState, talents } from '@db/schema';
import { buildTalentDocuments } from '@/lib/server/search/documents';
import { deleteUnchangedOutboxRows, requeueChangedSince } from '@/lib/server/search/outbox';
import { createMeilisearchClient, createMeilisearchSearch, type MeilisearchOptions } from './engine';
import { meilisearchSettings } from './settings';
import { settled, taskWaits } from './tasks';

/** Talents per batch: a few MB of JSON per request, and bounded memory for any directory size. */
const CHUNK = 2000;

export interface MeilisearchRebuild {
  /** Talents read from the database. */
  talents: number;
  /** Documents in the new index (listed talents). */
  documents: number;
  /** Talents that changed during the rebuild: sent again after the swap, or queued for the relay. */
  caughtUp: number;
  /** Outbox rows the rebuild made unnecessary. */
  outboxCleared: number;
  /** The swap's task when it was still running as the wait ended (it finishes on its own), else null. */
  swapStillRunning: number | null;
}

/**
 * Rebuilds the Meilisearch index from the database into a fresh index, then swaps it with the live
 * one (atomic in Meilisearch), so searches never see a half-built index; the old documents are
 * deleted with the temporary index.
 *
 * A change racing the rebuild still arrives: the outbox rows and the change sequence are read
 * before any talent; after the swap every talent changed since that sequence is sent again (the
 * relay may have delivered it to the old index meanwhile), only outbox rows unchanged since they
 * were read are deleted, and talents changing during this catch-up are queued for the relay. When
 * the swap's outcome is unknown (its wait ended early), the catch-up goes to the outbox instead:
 * Meilisearch runs tasks in order, so the relay's writes land after the swap, whichever way it ends.
 */
export async function rebuildMeilisearchIndex(
  db: Database,
  options: MeilisearchOptions,
  waits: typeof taskWaits = taskWaits,
): Promise<MeilisearchRebuild> {
  const client = createMeilisearchClient(options);
  await client.health(); // unreachable: fail here, before any work
  const [state] = await db.select({ seq: searchState.seq }).from(searchState).limit(1);
  const since = state?.seq ?? 0;
  const pending = await db
    .select({ talentId: searchOutbox.talentId, seq: searchOutbox.seq })
    .from(searchOutbox);

  const temporary = `${options.index}_rebuild_${Date.now()}`;
  let ids: number[] = [];
  let documents = 0;
  let swapUid: number | null = null;
  let swapStillRunning: number | null = null;
  try {
    await settled(client.createIndex(temporary, { primaryKey: 'id' }), 'index creation', waits.rebuild);
    const settings = client.index(temporary).updateSettings(meilisearchSettings);
    await settled(settings, 'settings update', waits.rebuild);
    const fresh = createMeilisearchSearch(
      { ...options, index: temporary },
      { wait: waits.rebuild, settingsApplied: true },
    );
    ids = (await db.select({ id: talents.id }).from(talents)).map((row) => row.id);
    for (let start = 0; start < ids.length; start += CHUNK) {
      const built = await buildTalentDocuments(db, ids.slice(start, start + CHUNK));
      await fresh.index(built.documents);
      documents += built.documents.length;
    }
    await ensureIndex(client, options.index, waits.rebuild);
    swapUid = (await client.swapIndexes([{ indexes: [options.index, temporary], rename: false }])).taskUid;
    const swap = await client.tasks.waitForTask(swapUid, waits.swap);
    if (swap.status !== 'succeeded')
      throw new Error(`Meilisearch index swap ${swap.status}: ${swap.error?.message ?? 'no reason given'}`);
  } catch (error) {
    if (swapUid === null) throw error;
    // The swap was queued and may still run: the relay must bring whichever index ends up live up to date.
    const changed = await changedSince(db, since);
    await requeueChangedSince(db, changed, since);
    if (!(error instanceof MeilisearchTaskTimeOutError)) throw error;
    swapStillRunning = swapUid;
    return { talents: ids.length, documents, caughtUp: changed.length, outboxCleared: 0, swapStillRunning };
  } finally {
    // Queued after the swap, so it runs after it: then the temporary name holds the old documents.
    // Behind a swap still running it would outlast any wait too: queue it and go.
    const deletion = client.deleteIndex(temporary);
    await (swapStillRunning === null ? settled(deletion, 'index deletion', waits.rebuild) : deletion).catch(
      (error: unknown) =>
        console.warn(`Meilisearch: could not delete the index "${temporary}":`, (error as Error).message),
    );
  }

  // Changes since the first read reach the live index now; later ones are queued for the relay.
  const [afterSwap] = await db.select({ seq: searchState.seq }).from(searchState).limit(1);
  const changed = await changedSince(db, since);
  const live = createMeilisearchSearch(options, { wait: waits.rebuild, settingsApplied: true });
  for (let start = 0; start < changed.length; start += CHUNK) {
    const built = await buildTalentDocuments(db, changed.slice(start, start + CHUNK));
    await live.remove(built.unlisted);
    await live.index(built.documents);
  }
  const outboxCleared = await deleteUnchangedOutboxRows(db, pending);
  // After the delete: a row deleted as "unchanged" may be a newer change's fresh row with the same seq.
  await requeueChangedSince(db, await changedSince(db, afterSwap?.seq ?? 0), afterSwap?.seq ?? 0);
  return { talents: ids.length, documents, caughtUp: changed.length, outboxCleared, swapStillRunning: null };
}

async function changedSince(db: Database, seq: number): Promise<number[]> {
  const rows = await db
    .select({ id: searchDocuments.talentId })
    .from(searchDocuments)
    .where(gt(searchDocuments.seq, seq));
  return rows.map((row) => row.id);
}

/** Creates the live index on a first rebuild: a swap needs both indexes to exist. */
async function ensureIndex(client: Meilisearch, uid: string, wait: typeof taskWaits.rebuild): Promise<void> {
  // `createIndex` ignores the client's default wait options (the client builds a bare task client for it).
  const task = await client.createIndex(uid, { primaryKey: 'id' }).waitTask(wait);
  if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
    throw new Error(`Meilisearch could not create the index "${uid}": ${task.error?.message ?? task.status}`);
  }
}

/**
 * Rebuilds the directory's search indexes from the talents: always the embedded index, and the
 * Meilisearch index when MEILISEARCH_URL is set (into a fresh index swapped in when complete, so
 * the directory keeps answering meanwhile).
 *
 *   npm run search:reindex
 *
 * Exit codes: 0 done (or the swap still running in Meilisearch, said in the output), 1 bad
 * configuration, Meilisearch unreachable or failed.
 */
import { MeilisearchRequestError } from 'meilisearch';
import { ConfigError, getConfig } from '@/lib/server/config';
import { rebuildMeilisearchIndex } from '@/lib/server/search/meilisearch/reindex';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { saveFacetSnapshot } from '@/lib/server/search/embedded/snapshot';
import { openDatabase, optimizeDatabase } from '@db/client';
import { fail } from './support/command-line';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

let config;
try {
  config = getConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(1, error.message);
  throw error;
}
const db = openDatabase(config.databaseUrl, config.databaseAuthToken);

try {
  let started = performance.now();
  const talents = await rebuildEmbeddedIndex(db);
  console.log(`Embedded index: ${talents} talents read in ${seconds(started)} s.`);
  await optimizeDatabase(db, { afterBulkWrite: true });
  await saveFacetSnapshot(db);

  const meili = config.meilisearch;
  if (!meili) {
    console.log('Meilisearch is not configured (MEILISEARCH_URL unset): nothing more to rebuild.');
  } else {
    started = performance.now();
    const result = await rebuildMeilisearchIndex(db, meili).catch((error: unknown) => {
      // A refused connection, a DNS failure or a timeout all arrive as a request error.
      if (error instanceof MeilisearchRequestError) {
        // fetch's own message is only "fetch failed"; the system error code (ECONNREFUSED, ENOTFOUND) says why.
        const cause = error.cause as (Error & { cause?: { code?: string } }) | undefined;
        const reason = cause?.cause?.code ?? cause?.message ?? 'no response';
        fail(
          1,
          `Meilisearch is unreachable at ${meili.url} (${reason}). Start it or fix MEILISEARCH_URL, then run this again.`,
        );
      }
      throw error;
    });
    if (result.swapStillRunning !== null) {
      console.warn(
        `Meilisearch index "${meili.index}": ${result.documents} documents built from ${result.talents} talents; the swap` +
          ` (task ${result.swapStillRunning}) is still queued or running and will complete on its own (GET /tasks/${result.swapStillRunning}).` +
          ` ${result.caughtUp} talents changed during the rebuild are queued for the outbox relay.`,
      );
    } else {
      console.log(
        `Meilisearch index "${meili.index}": ${result.documents} documents from ${result.talents} talents in ${seconds(started)} s` +
          ` (${result.caughtUp} changed during the rebuild and sent again, ${result.outboxCleared} outbox rows cleared).`,
      );
    }
  }
} catch (error) {
  fail(1, `Reindex failed: ${(error as Error).message}`);
} finally {
  db.$client.close();
}

import { count, eq } from 'drizzle-orm';
import { MeilisearchApiError } from 'meilisearch';
import type { Executor } from '@db/client';
import { searchDocuments, searchOutbox } from '@db/schema';
import { createMeilisearchClient, type MeilisearchOptions } from './engine';

export interface IndexReadiness {
  /** The index holds the listed talents, give or take the changes still in the outbox. */
  ready: boolean;
  /** Documents in the Meilisearch index (0 when it does not exist). */
  documents: number;
  /** Talents the directory lists, as the embedded index (kept in every write's transaction) has them. */
  listed: number;
  /** Changes the relay has yet to deliver. */
  pending: number;
}

/**
 * Whether the Meilisearch index can serve the directory: an index that exists but was never filled
 * (or was filled from another database) would answer every search with too few hits and never fail
 * over. Throws when Meilisearch cannot be reached.
 */
export async function checkMeilisearchIndex(
  db: Executor,
  options: MeilisearchOptions,
): Promise<IndexReadiness> {
  const [listed] = await db
    .select({ n: count() })
    .from(searchDocuments)
    .where(eq(searchDocuments.listed, true));
  const [pending] = await db.select({ n: count() }).from(searchOutbox);
  const index = createMeilisearchClient(options).index(options.index);
  const documents = await index.getStats().then(
    (stats) => stats.numberOfDocuments,
    (error: unknown) => {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return 0;
      throw error;
    },
  );
  const result = { documents, listed: listed?.n ?? 0, pending: pending?.n ?? 0 };
  return { ...result, ready: Math.abs(result.documents - result.listed) <= result.pending };
}

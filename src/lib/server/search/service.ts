import type { SearchQuery, SearchResult, TalentSearch } from '@/lib/search/types';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { createEmbeddedSearch } from './embedded/engine';

let service: TalentSearch | undefined;

/**
 * Serves searches from `primary` and, when it fails (Meilisearch down or unreachable), from
 * `fallback`, so the directory keeps answering. Writes never go through here: they reach the
 * embedded index in their own transaction and Meilisearch through the outbox.
 */
export function withFallback(primary: TalentSearch, fallback: TalentSearch): TalentSearch {
  return {
    engine: primary.engine,
    index: (documents) => primary.index(documents),
    remove: (ids) => primary.remove(ids),
    warm: () => primary.warm?.() ?? Promise.resolve(),
    async search(query: SearchQuery): Promise<SearchResult> {
      try {
        return await primary.search(query);
      } catch (error) {
        console.warn(
          `Search: ${primary.engine} failed, answering from ${fallback.engine}:`,
          (error as Error).message,
        );
        return fallback.search(query);
      }
    },
  };
}

/** The directory's search engine for this process, chosen by configuration. */
export async function getTalentSearch(): Promise<TalentSearch> {
  if (service) return service;
  const db = getDb();
  const embedded = createEmbeddedSearch(db);
  const meili = getConfig().meilisearch;
  if (!meili) return (service = embedded);
  // Loaded only when configured, so the default start needs nothing of Meilisearch.
  const { createMeilisearchSearch } = await import('./meilisearch/engine');
  const { startOutboxRelay } = await import('./outbox');
  const primary = createMeilisearchSearch(meili);
  startOutboxRelay(db, primary, 2000);
  return (service = withFallback(primary, embedded));
}

/**
 * Starts loading the directory's search engine in the background, so the first visitor does not
 * wait for it: called once when the server starts (`src/fetch.ts`). A search that arrives meanwhile
 * joins the load already under way instead of starting another.
 */
export function warmTalentSearch(): void {
  const started = performance.now();
  getTalentSearch()
    .then((search) => search.warm?.())
    .then(() => console.log(`Search: directory ready in ${Math.round(performance.now() - started)} ms.`))
    .catch((error: unknown) =>
      console.warn('Search: warming up failed; the first search will load it:', error),
    );
}

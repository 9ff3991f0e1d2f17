import type { Database } from '@db/client';
import type { SearchQuery, SearchResult, TalentSearch } from '@/lib/search/types';
import { type Config, getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { createEmbeddedSearch } from './embedded/engine';
import { createMeilisearchSearch } from './meilisearch/engine';
import { checkMeilisearchIndex, type IndexReadiness } from './meilisearch/readiness';
import { startOutboxRelay } from './relay';

/**
 * Serves searches from `primary` and, when it fails (Meilisearch down, unreachable or cutting a
 * search short), from `fallback`, so the directory keeps answering. Writes never go through here:
 * they reach the embedded index in their own transaction and Meilisearch through the outbox.
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

export interface SearchService {
  /** The engine searches use now: Meilisearch (with the embedded fallback) once its index is checked. */
  search(): TalentSearch;
  /**
   * Starts the background work, once however often it is called: the outbox relay and a check of the
   * Meilisearch index, now and every `checkIntervalMs`. `checked` settles after the first check.
   */
  start(): { stop: () => void; checked: Promise<void> };
}

/**
 * The directory's search for one database. Until a check finds the Meilisearch index holding the
 * listed talents, searches are answered by the embedded engine (always current); a later check that
 * finds it emptied or unreachable goes back to the embedded engine.
 */
export function createSearchService(
  db: Database,
  meili: Config['meilisearch'],
  { relayIntervalMs = 2000, checkIntervalMs = 60_000 } = {},
): SearchService {
  const embedded = createEmbeddedSearch(db);
  let current = embedded;
  let started: ReturnType<SearchService['start']> | undefined;
  return {
    search: () => current,
    start() {
      if (started) return started;
      if (!meili) return (started = { stop: () => {}, checked: Promise.resolve() });
      const primary = createMeilisearchSearch(meili);
      const served = withFallback(primary, embedded);
      const stopRelay = startOutboxRelay(db, primary, { intervalMs: relayIntervalMs });
      let reported = '';
      const check = async () => {
        const readiness = await checkMeilisearchIndex(db, meili).catch((error: unknown) => error as Error);
        current = !(readiness instanceof Error) && readiness.ready ? served : embedded;
        const state = describe(meili.index, readiness);
        if (state !== reported) console[current === served ? 'info' : 'warn'](state);
        reported = state;
      };
      const timer = setInterval(() => void check(), checkIntervalMs);
      timer.unref();
      started = {
        stop: () => {
          stopRelay();
          clearInterval(timer);
        },
        checked: check(),
      };
      return started;
    },
  };
}

function describe(index: string, readiness: IndexReadiness | Error): string {
  if (readiness instanceof Error)
    return `Search: Meilisearch is unreachable (${readiness.message}); answering from the embedded index.`;
  const { documents, listed, pending } = readiness;
  if (readiness.ready)
    return `Search: Meilisearch index "${index}" serves the directory (${documents} documents).`;
  return (
    `Search: Meilisearch index "${index}" has ${documents} documents but the directory lists ${listed}` +
    ` (${pending} changes pending); answering from the embedded index. Run \`npm run search:reindex\`.`
  );
}

let service: SearchService | undefined;
const processService = () => (service ??= createSearchService(getDb(), getConfig().meilisearch));

/** The directory's search engine for this process, chosen by configuration and the last index check. */
export function getTalentSearch(): Promise<TalentSearch> {
  return Promise.resolve(processService().search());
}

/**
 * Call once when the server starts (further calls return the same stop function): starts the
 * Meilisearch outbox relay and index check when MEILISEARCH_URL is set, nothing otherwise. Call the
 * returned function on shutdown.
 */
export function startTalentSearch(): () => void {
  return processService().start().stop;
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

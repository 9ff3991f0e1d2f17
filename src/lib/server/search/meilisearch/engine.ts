import {
  type Index,
  Meilisearch,
  MeilisearchApiError,
  type MultiSearchQuery,
  type WaitOptions,
} from 'meilisearch';
import { cardFields } from '@/lib/search/hits';
import { MAX_QUERY_WORDS } from '@/lib/search/text';
import type { FacetName, SearchQuery, SearchResult, TalentSearch } from '@/lib/search/types';
import { facetFilters, facetLists } from './filters';
import { highlightRequest, type MeilisearchCard, toHighlightedHit } from './highlight';
import {
  facetAttributes,
  type MeilisearchDocument,
  meilisearchSettings,
  toMeilisearchDocument,
} from './settings';
import { settled, taskWaits } from './tasks';

export interface MeilisearchOptions {
  url: string;
  apiKey?: string | undefined;
  index: string;
}

/**
 * A client whose requests give up after 10 s, so a hung server fails over instead of hanging pages.
 * No default wait options: every wait names its own ({@link taskWaits}).
 */
export function createMeilisearchClient(options: MeilisearchOptions): Meilisearch {
  return new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 10_000 });
}

/** Thrown for an answer Meilisearch cut short (`degraded`): its hits may be out of order or missing. */
export class DegradedSearchError extends Error {}

/**
 * Applies the index settings, once per engine, before its first write. A wait that times out keeps
 * the task's id, and the next call waits for that same task instead of queueing another.
 */
function settingsOnce(index: Index<MeilisearchDocument>, wait: WaitOptions): () => Promise<void> {
  let applied = false;
  let taskUid: number | null = null;
  let running: Promise<void> | null = null;
  const apply = async () => {
    taskUid ??= (await index.updateSettings(meilisearchSettings)).taskUid;
    const task = await index.tasks.waitForTask(taskUid, wait);
    taskUid = null;
    if (task.status !== 'succeeded')
      throw new Error(
        `Meilisearch settings update ${task.status}: ${task.error?.message ?? 'no reason given'}`,
      );
    applied = true;
  };
  return () => (applied ? Promise.resolve() : (running ??= apply().finally(() => (running = null))));
}

/**
 * The directory on Meilisearch. `index` and `remove` resolve only once Meilisearch has applied the
 * change (waiting at most `wait`), and apply the index settings before the first of them: writes
 * come from the outbox relay and the reindex command. A search sends one multi-search request and
 * never waits for a task. Searches that Meilisearch rejects or cuts short throw an error naming the
 * index; connection failures throw as they are. Either way the caller answers from the embedded engine.
 */
export function createMeilisearchSearch(
  options: MeilisearchOptions,
  {
    wait = taskWaits.relay,
    settingsApplied = false,
    currentYear = () => new Date().getFullYear(),
  }: { wait?: WaitOptions; settingsApplied?: boolean; currentYear?: () => number } = {},
): TalentSearch {
  const client = createMeilisearchClient(options);
  const index = client.index<MeilisearchDocument>(options.index);
  const prepare = settingsApplied ? () => Promise.resolve() : settingsOnce(index, wait);

  return {
    engine: 'meilisearch',
    async index(documents) {
      if (documents.length === 0) return;
      await prepare();
      const task = index.addDocuments(documents.map(toMeilisearchDocument), { primaryKey: 'id' });
      await settled(task, 'indexing', wait);
    },
    async remove(ids) {
      if (ids.length === 0) return;
      await prepare();
      await settled(index.deleteDocuments(ids), 'removal', wait);
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const year = currentYear();
      const text = meilisearchQueryText(query.text);
      // Punctuation or emoji alone: the embedded engine finds nothing, Meilisearch would list everyone.
      if (text === '' && query.text.trim() !== '') {
        return {
          hits: [],
          total: 0,
          page: query.page,
          totalPages: 1,
          facets: facetLists(query, () => ({}), year),
        };
      }
      const { queries, active } = planQueries(options.index, query, text, year);
      const { results } = await client
        .multiSearch<{ queries: MultiSearchQuery[] }, MeilisearchCard>({ queries })
        .catch((error: unknown) => {
          throw explain(error, options.index);
        });
      // Not in the client's types: Meilisearch adds `degraded: true` when it stopped at searchCutoffMs.
      if (results.some((result) => (result as { degraded?: boolean }).degraded === true))
        throw new DegradedSearchError(`Meilisearch cut the search on index "${options.index}" short`);
      const [main, ...own] = results;
      const distribution = (name: FacetName) => {
        const i = active.indexOf(name);
        return (i >= 0 ? own[i] : main)?.facetDistribution?.[facetAttributes[name]] ?? {};
      };
      return {
        hits: (main?.hits ?? []).map((hit) => toHighlightedHit(hit, text)),
        total: main?.totalHits ?? 0,
        page: query.page,
        totalPages: Math.max(1, main?.totalPages ?? 0),
        facets: facetLists(query, distribution, year),
      };
    },
  };
}

/**
 * One request for a search: the page of hits with every facet counted under all filters, then for
 * each selected facet the same search without that facet's own selection, counting only it
 * (disjunctive facets: picking a field still shows what the other fields would add).
 */
function planQueries(indexUid: string, query: SearchQuery, text: string, year: number) {
  const { active, without } = facetFilters(query.filters, year);
  // `all`: every word must match, as in the embedded engine (Meilisearch's default drops words).
  // `locales`: the query is Vietnamese; left to detection, a short one may be read as another language.
  const base = { indexUid, q: text, matchingStrategy: 'all' as const, locales: ['vie'] };
  const main: MultiSearchQuery = {
    ...base,
    ...without(null),
    facets: Object.values(facetAttributes),
    // Meilisearch rejects a page below 1 or a fractional size; the result still echoes the page asked.
    page: Math.max(1, Math.floor(query.page) || 1),
    hitsPerPage: Math.min(1000, Math.max(1, Math.floor(query.perPage) || 1)),
    attributesToRetrieve: [...cardFields],
    ...sortFor(query.sort, text),
    ...(text ? highlightRequest : {}),
  };
  const own = active.map((name): MultiSearchQuery => ({
    ...base,
    ...without(name),
    facets: [facetAttributes[name]],
    page: 1,
    hitsPerPage: 0,
  }));
  return { queries: [main, ...own], active };
}

/**
 * The words of a query as typed, at most {@link MAX_QUERY_WORDS}, joined by spaces: Meilisearch
 * would read quotes as a phrase and a leading "-" as "without", which the embedded engine does not.
 */
export function meilisearchQueryText(text: string): string {
  return (text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS).join(' ');
}

/** Sort parameters: an empty relevance search lists the latest honoured, widest level first, like the embedded engine. */
function sortFor(sort: SearchQuery['sort'], text: string): { sort?: string[] } {
  if (sort === 'name') return { sort: ['nameKey:asc'] };
  if (sort === 'honour') return { sort: ['latestHonourYear:desc', 'nameKey:asc'] };
  return text ? {} : { sort: ['latestHonourYear:desc', 'levelRank:desc', 'nameKey:asc'] };
}

/** A rejected search explained; connection failures and timeouts pass through unchanged. */
function explain(error: unknown, index: string): unknown {
  if (!(error instanceof MeilisearchApiError)) return error;
  const code = error.cause?.code ?? String(error.response.status);
  return new Error(`Meilisearch rejected the search on index "${index}" (${code}): ${error.message}`, {
    cause: error,
  });
}

import { achievementLevels, placeKinds } from '@db/schema';
import { ageBands } from './age-bands';
import {
  type FacetName,
  facetNames,
  type SearchFilters,
  type SearchQuery,
  type SortOrder,
  sortOrders,
} from './types';

export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_PAGE = 20;
const MAX_PAGE = 500;

/** What was wrong with a query string; the page still answers, with what could be used. */
export type SearchParamProblem =
  | { kind: 'tooLong' }
  | { kind: 'badValue'; facet: FacetName; value: string }
  | { kind: 'badSort' }
  | { kind: 'badPage' };

/** The values a facet accepts; fields and units come from the database. */
export type AllowedValues = Record<FacetName, ReadonlySet<string>>;

export function staticFacetValues(fields: Iterable<string>, units: Iterable<string>): AllowedValues {
  return {
    field: new Set(fields),
    unit: new Set(units),
    level: new Set(achievementLevels),
    honourYear: new Set(Array.from({ length: 40 }, (_, i) => String(2000 + i))),
    ageBand: new Set(ageBands.map((b) => b.key)),
    place: new Set(placeKinds),
    open: new Set(['yes']),
  };
}

/** Removes control and invisible format characters, normalises to NFC and collapses spaces. */
function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads the directory's URL (`?q=&field=&unit=&level=&honourYear=&ageBand=&place=&open=&sort=&page=`)
 * into a query. Anything invalid is dropped and reported, so the page can answer 400 with a clear
 * message and still show results for the rest.
 */
export function parseSearchParams(params: URLSearchParams, allowed: AllowedValues) {
  const problems: SearchParamProblem[] = [];
  let text = cleanText(params.get('q') ?? '');
  if (text.length > MAX_QUERY_LENGTH) {
    problems.push({ kind: 'tooLong' });
    text = text.slice(0, MAX_QUERY_LENGTH);
  }
  const filters: SearchFilters = {};
  for (const facet of facetNames) {
    const values = [
      ...new Set(
        params
          .getAll(facet)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    const good = values.filter((value) => allowed[facet].has(value));
    for (const value of values)
      if (!allowed[facet].has(value)) problems.push({ kind: 'badValue', facet, value: value.slice(0, 60) });
    if (good.length) filters[facet] = good;
  }
  const rawSort = params.get('sort') ?? 'relevance';
  const sort: SortOrder = (sortOrders as readonly string[]).includes(rawSort)
    ? (rawSort as SortOrder)
    : 'relevance';
  if (sort !== rawSort) problems.push({ kind: 'badSort' });
  const rawPage = params.get('page') ?? '1';
  let page = /^\d{1,3}$/.test(rawPage) ? Number(rawPage) : NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) {
    problems.push({ kind: 'badPage' });
    page = 1;
  }
  const query: SearchQuery = { text, filters, sort, page, perPage: RESULTS_PER_PAGE };
  return { query, problems };
}

/**
 * The URL query of a search, omitting defaults, so links and the address bar stay short.
 * @example searchParamsOf({ ...query, text: 'duc', page: 2 }).toString() // 'q=duc&page=2'
 */
export function searchParamsOf(
  query: Pick<SearchQuery, 'text' | 'filters' | 'sort' | 'page'>,
): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  for (const facet of facetNames) for (const value of query.filters[facet] ?? []) params.append(facet, value);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

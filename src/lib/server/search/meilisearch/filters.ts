import { ageBandOf, ageBands } from '@/lib/search/age-bands';
import { sortFacetValues } from '@/lib/search/facet-order';
import {
  type FacetName,
  facetNames,
  type FacetValue,
  type SearchFilters,
  type SearchQuery,
} from '@/lib/search/types';
import { facetAttributes } from './settings';

/** No talent is born before year 0: the filter for a selection no document can match. */
const NOTHING = 'birthYear < 0';

/**
 * The selected facets and, for any one of them to leave out (disjunctive facets), the filter of the
 * other selections: AND across facets, OR within one. Empty when nothing is left to filter on.
 */
export function facetFilters(filters: SearchFilters, year: number) {
  const active = facetNames.filter((name) => (filters[name]?.length ?? 0) > 0);
  const conditions = new Map(active.map((name) => [name, facetCondition(name, filters[name]!, year)]));
  const without = (skip: FacetName | null): { filter?: string[] } => {
    const filter = [...conditions].flatMap(([name, condition]) => (name === skip ? [] : [condition]));
    return filter.length > 0 ? { filter } : {};
  };
  return { active, without };
}

/** One facet's selection as a filter: OR of its values; values no filter can express are left out. */
function facetCondition(name: FacetName, values: string[], year: number): string {
  const attribute = facetAttributes[name];
  const parts = values.flatMap((value): string[] => {
    if (name === 'honourYear') return /^\d{1,4}$/.test(value) ? [`${attribute} = ${Number(value)}`] : [];
    if (name === 'open') return value === 'yes' ? [`${attribute} = true`] : [];
    if (name === 'ageBand') {
      const band = ageBands.find((b) => b.key === value);
      if (!band) return [];
      return [
        Number.isFinite(band.max)
          ? `${attribute} ${year - band.max} TO ${year - band.min}`
          : `${attribute} <= ${year - band.min}`,
      ];
    }
    // The filter parser unescapes only \" inside quotes; a backslash would swallow the closing quote.
    if (/[\\\p{Cc}]/u.test(value) || value.length > 200) return [];
    return [`${attribute} = "${value.replaceAll('"', '\\"')}"`];
  });
  return parts.length > 0 ? `(${parts.join(' OR ')})` : NOTHING;
}

/**
 * Facet values from Meilisearch's distributions (birth years counted into age bands), selected values
 * even at 0, in the order the embedded engine lists them ({@link sortFacetValues}).
 */
export function facetLists(
  query: SearchQuery,
  distribution: (name: FacetName) => Record<string, number>,
  year: number,
): Record<FacetName, FacetValue[]> {
  const lists = facetNames.map((name): [FacetName, FacetValue[]] => {
    const counts = new Map<string, number>();
    const add = (value: string | null, count: number) =>
      value !== null && counts.set(value, (counts.get(value) ?? 0) + count);
    for (const [value, count] of Object.entries(distribution(name))) {
      if (name === 'ageBand') add(ageBandOf(Number(value), year), count);
      else if (name === 'open') add(value === 'true' ? 'yes' : null, count);
      else add(value, count);
    }
    for (const value of query.filters[name] ?? []) if (!counts.has(value)) counts.set(value, 0);
    const list = [...counts].map(([value, count]) => ({ value, count }));
    return [name, sortFacetValues(name, list)];
  });
  return Object.fromEntries(lists) as Record<FacetName, FacetValue[]>;
}

import { achievementLevels, placeKinds } from '@db/schema';
import { ageBands } from './age-bands';
import type { FacetName, FacetValue } from './types';

/** Facets with a natural order show in it; the others show the most frequent values first. */
const naturalOrder: Partial<Record<FacetName, (a: string, b: string) => number>> = {
  level: (a, b) => achievementLevels.indexOf(b as never) - achievementLevels.indexOf(a as never),
  honourYear: (a, b) => Number(b) - Number(a),
  ageBand: (a, b) => ageBands.findIndex((x) => x.key === a) - ageBands.findIndex((x) => x.key === b),
  place: (a, b) => placeKinds.indexOf(a as never) - placeKinds.indexOf(b as never),
};

/** Sorts one facet's values for display; both engines return facets in this order. */
export function sortFacetValues(facet: FacetName, values: FacetValue[]): FacetValue[] {
  const natural = naturalOrder[facet];
  return values.sort(
    natural
      ? (a, b) => natural(a.value, b.value)
      : (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  );
}

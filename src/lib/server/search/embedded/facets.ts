import { achievementLevels } from '@db/schema';
import { ageBands } from '@/lib/search/age-bands';
import { sortFacetValues } from '@/lib/search/facet-order';
import type { FacetName, FacetValue, SearchFilters } from '@/lib/search/types';
import type { FacetSnapshot } from './snapshot';

/** Facets in the order of the value masks below. */
const FACETS = [
  'field',
  'unit',
  'level',
  'honourYear',
  'ageBand',
  'place',
  'open',
] as const satisfies readonly FacetName[];

/** The value names of each facet, index = code. */
function labelsOf(snapshot: FacetSnapshot): readonly (readonly string[])[] {
  const d = snapshot.dictionaries;
  return [
    d.field.values,
    d.unit.values,
    achievementLevels,
    d.honourYear.values,
    ageBands.map((b) => b.key),
    d.place.values,
    ['yes'],
  ];
}

/**
 * Applies the filters (OR within a facet, AND across facets) to the candidate slots and counts facet
 * values the way shoppers expect: each facet's counts ignore that facet's own selection, so picking
 * one field still shows what the other fields would add. A tight loop over integer codes: this runs
 * over every candidate, up to the whole directory, on every keystroke.
 */
export function countFacets(
  snapshot: FacetSnapshot,
  candidates: ArrayLike<number>,
  filters: SearchFilters,
  year: number,
) {
  const labels = labelsOf(snapshot);
  const selected = FACETS.map((name, f) => {
    let bits = 0;
    for (const value of filters[name] ?? []) {
      const code = labels[f]!.indexOf(value);
      if (code >= 0) bits |= 1 << code;
    }
    return bits;
  });
  const isActive = FACETS.map((name) => (filters[name]?.length ?? 0) > 0);
  const counts = labels.map((values) => new Int32Array(values.length));
  const passing = new Uint8Array(snapshot.size);
  const bandByAge = new Int8Array(200).fill(-1);
  ageBands.forEach((band, code) => bandByAge.fill(code, band.min, Math.min(band.max, 199) + 1));

  const { fields, unit, level, honourYears, birthYear, place, open } = snapshot;
  // Each facet's value for the current slot, as a bit mask of codes (0 = no value).
  const bits = new Int32Array(FACETS.length);
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const slot = candidates[i]!;
    const age = year - birthYear[slot]!;
    const band = birthYear[slot]! > 0 && age >= 0 && age < 200 ? bandByAge[age]! : -1;
    bits[0] = fields[slot]!;
    bits[1] = unit[slot]! >= 0 ? 1 << unit[slot]! : 0;
    bits[2] = level[slot]! >= 0 ? 1 << level[slot]! : 0;
    bits[3] = honourYears[slot]!;
    bits[4] = band >= 0 ? 1 << band : 0;
    bits[5] = place[slot]! >= 0 ? 1 << place[slot]! : 0;
    bits[6] = open[slot] ? 1 : 0;
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < FACETS.length && failures < 2; f++) {
      if (isActive[f] && (bits[f]! & selected[f]!) === 0) {
        failed = f;
        failures++;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      passing[slot] = 1;
      total++;
      for (let f = 0; f < FACETS.length; f++) addBits(counts[f]!, bits[f]!);
    } else {
      addBits(counts[failed]!, bits[failed]!);
    }
  }
  return { passing, total, facets: facetLists(labels, counts, filters) };
}

function addBits(counts: Int32Array, bits: number): void {
  while (bits !== 0) {
    const low = bits & -bits;
    counts[31 - Math.clz32(low)]!++;
    bits ^= low;
  }
}

/** Values with a count, plus the selected ones even at zero, in the facet's display order. */
function facetLists(labels: readonly (readonly string[])[], counts: Int32Array[], filters: SearchFilters) {
  return Object.fromEntries(
    FACETS.map((name, f) => {
      const chosen = new Set(filters[name] ?? []);
      const list: FacetValue[] = labels[f]!.flatMap((value, code) =>
        counts[f]![code]! > 0 || chosen.has(value) ? [{ value, count: counts[f]![code]! }] : [],
      );
      for (const value of chosen) if (!labels[f]!.includes(value)) list.push({ value, count: 0 });
      return [name, sortFacetValues(name, list)];
    }),
  ) as Record<FacetName, FacetValue[]>;
}

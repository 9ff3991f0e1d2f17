import type { TallyRow } from './compute';

/** Age bands of the plan's reports (16–35 is the eligible range; older rows show as 36+). */
export const ageBands = ['16-20', '21-25', '26-30', '31-35', '36+'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The band of a talent `age` years old in the year counted. */
export function ageBandOf(age: number): AgeBand {
  if (age <= 20) return '16-20';
  if (age <= 25) return '21-25';
  if (age <= 30) return '26-30';
  if (age <= 35) return '31-35';
  return '36+';
}

/** The dimensions the dashboard and the yearly report count honoured talents by. */
export const countDimensions = ['unit', 'field', 'level', 'ageBand', 'place'] as const;
export type CountDimension = (typeof countDimensions)[number];

export interface HonouredCounts {
  year: number;
  /** Talents holding a standing honour of the year. */
  total: number;
  /**
   * Each dimension's counts, by key (a unit id, field id, level, age band or place kind), largest
   * first. A talent with several fields (or verified achievements at several levels) counts once in
   * each, so those columns may add up to more than `total`; the others add up to it.
   */
  by: Record<CountDimension, [string, number][]>;
}

const largestFirst = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));

/**
 * The talents honoured in `year` within the units `inScope` accepts, by each dimension, from the
 * tallies (`unitOf` groups a merged unit under its successor).
 * @example countHonoured(tallies, 2025, () => true, (id) => id).by.ageBand
 */
export function countHonoured(
  tallies: readonly TallyRow[],
  year: number,
  inScope: (unitId: number) => boolean,
  unitOf: (unitId: number) => number = (id) => id,
): HonouredCounts {
  const maps = Object.fromEntries(countDimensions.map((d) => [d, new Map<string, number>()])) as Record<
    CountDimension,
    Map<string, number>
  >;
  const add = (dimension: CountDimension, key: string, n: number) =>
    maps[dimension].set(key, (maps[dimension].get(key) ?? 0) + n);
  let total = 0;
  for (const row of tallies) {
    if (row.year !== year || !inScope(row.unitId)) continue;
    if (row.measure === 'honoured_in') {
      total += row.count;
      add('unit', String(unitOf(row.unitId)), row.count);
    } else if (row.measure === 'field' || row.measure === 'level' || row.measure === 'place')
      add(row.measure, row.key, row.count);
    else if (row.measure === 'age') add('ageBand', ageBandOf(Number(row.key)), row.count);
  }
  const by = Object.fromEntries(countDimensions.map((d) => [d, largestFirst(maps[d])])) as Record<
    CountDimension,
    [string, number][]
  >;
  return { year, total, by };
}

/** The talents honoured each year of `years` within the units `inScope` accepts. */
export function countHonouredByYear(
  tallies: readonly TallyRow[],
  years: readonly number[],
  inScope: (unitId: number) => boolean,
): { year: number; count: number }[] {
  return years.map((year) => ({
    year,
    count: tallies
      .filter((r) => r.measure === 'honoured_in' && r.year === year && inScope(r.unitId))
      .reduce((sum, r) => sum + r.count, 0),
  }));
}

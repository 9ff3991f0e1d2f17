/** Talents honoured in a year, described by the dimensions the yearly report counts by. */
export interface HonouredTalentRow {
  talentId: number;
  unitId: number;
  birthYear: number;
  placeKind: string;
  fieldIds: readonly number[];
  level: string | null;
}

/** Age bands of the plan's reports (16–35 is the eligible range; older rows show as 36+). */
export const ageBands = ['16-20', '21-25', '26-30', '31-35', '36+'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBandOf(birthYear: number, year: number): AgeBand {
  const age = year - birthYear;
  if (age <= 20) return '16-20';
  if (age <= 25) return '21-25';
  if (age <= 30) return '26-30';
  if (age <= 35) return '31-35';
  return '36+';
}

/** How many talents fall under each key; a talent with several fields counts once in each field. */
export function countBy<K>(
  rows: readonly HonouredTalentRow[],
  keysOf: (row: HonouredTalentRow) => readonly K[],
) {
  const counts = new Map<K, number>();
  for (const row of rows) for (const key of new Set(keysOf(row))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

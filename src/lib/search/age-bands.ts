/** Age bands of the directory's facet, by age in the current year. */
export const ageBands = [
  { key: '16-18', min: 16, max: 18 },
  { key: '19-24', min: 19, max: 24 },
  { key: '25-30', min: 25, max: 30 },
  { key: '31-35', min: 31, max: 35 },
  { key: '36+', min: 36, max: Number.POSITIVE_INFINITY },
] as const;

export type AgeBandKey = (typeof ageBands)[number]['key'];

/** The band of someone born in `birthYear`, in `year`; null below 16 or when the birth year is hidden. */
export function ageBandOf(birthYear: number | null, year: number): AgeBandKey | null {
  if (birthYear === null) return null;
  const age = year - birthYear;
  return ageBands.find((band) => age >= band.min && age <= band.max)?.key ?? null;
}

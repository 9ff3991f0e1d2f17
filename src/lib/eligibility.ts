/** The plan's age bounds (Decision 1314/QĐ-TTg): 16 to 35 in the year of discovery or honour. */
export const MIN_TALENT_AGE = 16;
export const MAX_TALENT_AGE = 35;

/** Age in a given year as the plan counts it: the year minus the birth year. */
export function ageInYear(birthYear: number, year: number): number {
  return year - birthYear;
}

/**
 * Whether someone born in `birthYear` may be discovered or honoured in `year`.
 * @example isEligibleInYear(2008, 2024) // true: 16 in 2024
 */
export function isEligibleInYear(birthYear: number, year: number): boolean {
  const age = ageInYear(birthYear, year);
  return age >= MIN_TALENT_AGE && age <= MAX_TALENT_AGE;
}

/** The birth years eligible in `year`, oldest first. */
export function eligibleBirthYears(year: number): { from: number; to: number } {
  return { from: year - MAX_TALENT_AGE, to: year - MIN_TALENT_AGE };
}

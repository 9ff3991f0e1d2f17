/** An age band counted the plan's way: age in a year is that year minus the birth year. */
export interface AgeBand {
  minAge: number;
  maxAge: number;
}

/** The plan's band (Decision 1314/QĐ-TTg): 16 to 35 in the year of discovery or honour. */
export const PLAN_AGE_BAND: AgeBand = { minAge: 16, maxAge: 35 };

/** Age in a given year as the plan counts it: the year minus the birth year. */
export function ageInYear(birthYear: number, year: number): number {
  return year - birthYear;
}

/**
 * Whether someone born in `birthYear` falls in `band` in `year`; an award call may set its own band.
 * @example isEligibleInYear(2008, 2024) // true: 16 in 2024
 */
export function isEligibleInYear(birthYear: number, year: number, band: AgeBand = PLAN_AGE_BAND): boolean {
  const age = ageInYear(birthYear, year);
  return age >= band.minAge && age <= band.maxAge;
}

/** The birth years eligible in `year`, oldest first. */
export function eligibleBirthYears(
  year: number,
  band: AgeBand = PLAN_AGE_BAND,
): { from: number; to: number } {
  return { from: year - band.maxAge, to: year - band.minAge };
}

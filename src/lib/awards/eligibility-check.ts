import { type AgeBand, ageInYear, isEligibleInYear } from '@/lib/eligibility';

export type BirthYearCheck =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'result'; birthYear: number; age: number; eligible: boolean };

/** Earliest birth year the form accepts; anything older is surely a typo. */
const OLDEST_BIRTH_YEAR = 1900;

/**
 * Answers "may someone born in this year enter?" for a call's award year, from the raw query value
 * of the call page's form. A blank value asks nothing; a value that is not a plausible year is invalid.
 */
export function checkBirthYear(raw: string | null, awardYear: number, band: AgeBand): BirthYearCheck {
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const value = raw.trim();
  if (!/^\d{4}$/.test(value)) return { kind: 'invalid' };
  const birthYear = Number(value);
  if (birthYear < OLDEST_BIRTH_YEAR || birthYear > awardYear) return { kind: 'invalid' };
  return {
    kind: 'result',
    birthYear,
    age: ageInYear(birthYear, awardYear),
    eligible: isEligibleInYear(birthYear, awardYear, band),
  };
}

import { type AgeBand, ageInYear, isEligibleInYear } from '@/lib/eligibility';

export type BirthYearCheck =
  | { kind: 'none' }
  /** Not a four-digit year; `typed` is shown again in the field. */
  | { kind: 'invalid'; typed: string }
  /** A year, but not one someone could be born in: the answer names the years that are. */
  | { kind: 'outOfRange'; typed: string; from: number; to: number }
  | { kind: 'result'; birthYear: number; age: number; eligible: boolean };

/** Earliest birth year the form accepts; anything older is surely a typo. */
const OLDEST_BIRTH_YEAR = 1900;

/**
 * Answers "may someone born in this year enter?" for a call's award year, from the raw query value
 * of the call page's form. A blank value asks nothing; a value that is not a four-digit year is
 * invalid, and a year after the award year or before 1900 is out of range.
 */
export function checkBirthYear(raw: string | null, awardYear: number, band: AgeBand): BirthYearCheck {
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const value = raw.trim();
  // Kept short: it is shown again in the field, whose maxlength is 4.
  const typed = value.slice(0, 4);
  if (!/^\d{4}$/.test(value)) return { kind: 'invalid', typed };
  const birthYear = Number(value);
  if (birthYear < OLDEST_BIRTH_YEAR || birthYear > awardYear) {
    return { kind: 'outOfRange', typed, from: OLDEST_BIRTH_YEAR, to: awardYear };
  }
  return {
    kind: 'result',
    birthYear,
    age: ageInYear(birthYear, awardYear),
    eligible: isEligibleInYear(birthYear, awardYear, band),
  };
}

/** Whether the check refused what was typed: the page answers 400 and marks the field invalid. */
export function isRefusedCheck(check: BirthYearCheck): check is Extract<BirthYearCheck, { typed: string }> {
  return check.kind === 'invalid' || check.kind === 'outOfRange';
}

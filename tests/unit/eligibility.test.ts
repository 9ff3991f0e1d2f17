import { describe, expect, it } from 'vitest';
import { ageInYear, eligibleBirthYears, isEligibleInYear } from '@/lib/eligibility';

describe('the plan age rule (16–35 in the year)', () => {
  it('counts age as year minus birth year', () => {
    expect(ageInYear(2000, 2024)).toBe(24);
  });

  it('accepts the boundaries and rejects one year beyond them', () => {
    expect(isEligibleInYear(2008, 2024)).toBe(true); // 16
    expect(isEligibleInYear(1989, 2024)).toBe(true); // 35
    expect(isEligibleInYear(2009, 2024)).toBe(false); // 15
    expect(isEligibleInYear(1988, 2024)).toBe(false); // 36
  });

  it('gives the eligible birth years of a year', () => {
    expect(eligibleBirthYears(2026)).toEqual({ from: 1991, to: 2010 });
  });
});

describe('an award call with its own age band', () => {
  const band = { minAge: 15, maxAge: 18 };
  it('applies the band instead of the plan default', () => {
    expect(isEligibleInYear(2011, 2026, band)).toBe(true);
    expect(isEligibleInYear(2012, 2026, band)).toBe(false);
    expect(eligibleBirthYears(2026, band)).toEqual({ from: 2008, to: 2011 });
  });
});

import { describe, expect, it } from 'vitest';
import { checkBirthYear } from '@/lib/awards/eligibility-check';
import { PLAN_AGE_BAND } from '@/lib/eligibility';

describe('the birth-year check on an award call', () => {
  it('asks nothing when the field is blank', () => {
    expect(checkBirthYear(null, 2026, PLAN_AGE_BAND)).toEqual({ kind: 'none' });
    expect(checkBirthYear('  ', 2026, PLAN_AGE_BAND)).toEqual({ kind: 'none' });
  });

  it('answers with the age in the award year', () => {
    expect(checkBirthYear('2010', 2026, PLAN_AGE_BAND)).toEqual({
      kind: 'result',
      birthYear: 2010,
      age: 16,
      eligible: true,
    });
    expect(checkBirthYear('1990', 2026, PLAN_AGE_BAND)).toMatchObject({ age: 36, eligible: false });
  });

  it('rejects what is not a four-digit year, keeping at most four characters to show again', () => {
    for (const raw of ['abc', '20100', '２０１０', '2010; drop table']) {
      expect(checkBirthYear(raw, 2026, PLAN_AGE_BAND)).toEqual({ kind: 'invalid', typed: raw.slice(0, 4) });
    }
  });

  it('answers a year no one applying could be born in with the range that is accepted', () => {
    for (const raw of ['3000', '2027', '1899', '0000']) {
      expect(checkBirthYear(raw, 2026, PLAN_AGE_BAND)).toEqual({
        kind: 'outOfRange',
        typed: raw,
        from: 1900,
        to: 2026,
      });
    }
    expect(checkBirthYear('2026', 2026, PLAN_AGE_BAND)).toMatchObject({ kind: 'result', age: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { fromLocalDateTime, LOCAL_DATE_TIME, toLocalDateTime } from '@/lib/forms/local-date-time';

describe('a datetime-local value in An Giang time', () => {
  it('reads the value as UTC+7 and writes it back the same', () => {
    expect(fromLocalDateTime('2026-12-20T19:30').toISOString()).toBe('2026-12-20T12:30:00.000Z');
    expect(toLocalDateTime(new Date('2026-12-20T12:30:00Z'))).toBe('2026-12-20T19:30');
    // Past midnight in An Giang is still the day before in UTC.
    expect(toLocalDateTime(new Date('2026-12-31T18:05:00Z'))).toBe('2027-01-01T01:05');
  });

  it('accepts only what the input sends', () => {
    expect(LOCAL_DATE_TIME.test('2026-12-20T19:30')).toBe(true);
    for (const bad of ['2026-12-20', '2026-12-20T19:30:00', '20/12/2026 19:30', '2026-12-20T19:30Z']) {
      expect(LOCAL_DATE_TIME.test(bad)).toBe(false);
    }
  });
});

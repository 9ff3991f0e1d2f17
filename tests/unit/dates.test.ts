import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatFormalDate, formatNumber } from '@/lib/i18n/format';

describe('dates in the house style', () => {
  it('write Vietnamese UI dates as dd/mm/yyyy, zero-padded, never the CLDR forms', () => {
    expect(formatDate('vi', '2026-10-15')).toBe('15/10/2026');
    expect(formatDate('vi', '2026-03-05')).toBe('05/03/2026');
    expect(formatDate('vi', '2027-01-09', 'short')).toBe('09/01/2027');
    expect(formatDate('vi', '2026-10-15')).not.toMatch(/tháng|thg|,/);
  });

  it('read instants as Viet Nam days', () => {
    // 17:30 UTC on 31 December is already 1 January in Viet Nam.
    expect(formatDate('vi', new Date('2026-12-31T17:30:00Z'))).toBe('01/01/2027');
    expect(formatDate('en', new Date('2026-12-31T17:30:00Z'))).toBe('1 January 2027');
  });

  it('write English dates as en-GB does', () => {
    expect(formatDate('en', '2026-10-15')).toBe('15 October 2026');
    expect(formatDate('en', '2026-03-05', 'short')).toBe('5 Mar 2026');
  });

  it('write formal Vietnamese dates as official documents do', () => {
    expect(formatFormalDate('vi', '2026-10-15')).toBe('ngày 15 tháng 10 năm 2026');
    expect(formatFormalDate('vi', '2027-02-01')).toBe('ngày 01 tháng 02 năm 2027');
    expect(formatFormalDate('vi', '2027-04-30')).toBe('ngày 30 tháng 4 năm 2027');
    expect(formatFormalDate('en', '2027-04-30')).toBe('30 April 2027');
  });

  it('say the year of a range once when both ends share it', () => {
    expect(formatDateRange('vi', '2026-10-15', '2026-12-15')).toBe('15/10 – 15/12/2026');
    expect(formatDateRange('vi', '2026-11-02', '2027-01-10')).toBe('02/11/2026 – 10/01/2027');
    expect(formatDateRange('en', '2026-10-15', '2026-12-15')).toBe('15 Oct – 15 Dec 2026');
    expect(formatDateRange('en', '2026-11-02', '2027-01-10')).toBe('2 Nov 2026 – 10 Jan 2027');
  });
});

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber('vi', 1234)).toBe('1.234');
    expect(formatNumber('en', 1234)).toBe('1,234');
  });
});

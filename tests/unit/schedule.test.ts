import { describe, expect, it } from 'vitest';
import { awardYear, callStatus, daysUntil, vietnamDay } from '@/lib/awards/schedule';

const call = { opens: '2026-12-01', closes: '2026-12-20' };
/** An instant given in Viet Nam local time. */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('award call status in Asia/Ho_Chi_Minh', () => {
  it('is upcoming until midnight of the opening day, Viet Nam time', () => {
    expect(callStatus(call, vn('2026-11-30T23:59:59'))).toBe('upcoming');
    // 17:00 UTC on 30 November is already 1 December in Viet Nam.
    expect(callStatus(call, new Date('2026-11-30T17:00:00Z'))).toBe('open');
  });

  it('opens at 00:00 on the opening day', () => {
    expect(callStatus(call, vn('2026-12-01T00:00:00'))).toBe('open');
  });

  it('stays open through 23:59 on the closing day and closes after', () => {
    expect(callStatus(call, vn('2026-12-20T23:59:00'))).toBe('open');
    expect(callStatus(call, vn('2026-12-20T23:59:59'))).toBe('open');
    expect(callStatus(call, vn('2026-12-21T00:00:00'))).toBe('closed');
  });

  it('counts days left in Viet Nam calendar days', () => {
    expect(daysUntil('2026-12-20', vn('2026-12-20T08:00:00'))).toBe(0);
    expect(daysUntil('2026-12-20', vn('2026-12-19T23:30:00'))).toBe(1);
    expect(daysUntil('2026-12-20', new Date('2026-12-19T18:00:00Z'))).toBe(0);
    expect(vietnamDay(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });

  it('takes the award year from the closing day', () => {
    expect(awardYear({ closes: '2027-01-10' })).toBe(2027);
  });
});

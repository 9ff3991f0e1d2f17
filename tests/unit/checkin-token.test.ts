import { describe, expect, it } from 'vitest';
import { anGiangTime, checkinTiming, checkinWindow, isClockTime } from '@/lib/nurture/checkin-window';
import { readConfig } from '@/lib/server/config';
import { checkinToken, isCheckinTokenValid, secondsToNextToken } from '@/lib/server/nurture/checkin-token';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const at = (iso: string) => new Date(iso);

describe('check-in tokens', () => {
  it('turns every minute and accepts the current and the previous minute only', () => {
    const shown = at('2026-03-26T01:00:10Z');
    const token = checkinToken(SECRET, 7, shown);
    expect(checkinToken(SECRET, 7, at('2026-03-26T01:00:59Z'))).toBe(token);
    expect(checkinToken(SECRET, 7, at('2026-03-26T01:01:00Z'))).not.toBe(token);
    expect(isCheckinTokenValid(SECRET, 7, token, shown)).toBe(true);
    expect(isCheckinTokenValid(SECRET, 7, token, at('2026-03-26T01:01:59Z'))).toBe(true);
    expect(isCheckinTokenValid(SECRET, 7, token, at('2026-03-26T01:02:00Z'))).toBe(false);
    // A code shown before it was issued (a clock set back) is no code.
    expect(isCheckinTokenValid(SECRET, 7, token, at('2026-03-26T00:59:59Z'))).toBe(false);
  });

  it('belongs to one activity and one secret, and refuses anything else', () => {
    const now = at('2026-03-26T01:00:10Z');
    const token = checkinToken(SECRET, 7, now);
    expect(isCheckinTokenValid(SECRET, 8, token, now)).toBe(false);
    expect(isCheckinTokenValid(`${SECRET}!`, 7, token, now)).toBe(false);
    expect(isCheckinTokenValid(SECRET, 7, '', now)).toBe(false);
    expect(isCheckinTokenValid(SECRET, 7, `${token}x`, now)).toBe(false);
    expect(isCheckinTokenValid(SECRET, 7, 'ủ'.repeat(22), now)).toBe(false);
  });

  it('says how long until the code turns', () => {
    expect(secondsToNextToken(at('2026-03-26T01:00:10Z'))).toBe(50);
    expect(secondsToNextToken(at('2026-03-26T01:00:59.500Z'))).toBe(1);
  });
});

describe('the check-in window', () => {
  it('opens an hour before the start and closes an hour after the end, in An Giang time', () => {
    const window = checkinWindow({ heldOn: '2026-03-26', startsAt: '08:00', endsAt: '11:30' });
    expect(anGiangTime(window.opensAt)).toBe('2026-03-26 07:00');
    expect(anGiangTime(window.closesAt)).toBe('2026-03-26 12:30');
    // 06:59 and 12:31 in An Giang are 23:59 the day before and 05:31 in UTC.
    expect(checkinTiming(window, at('2026-03-25T23:59:00Z'))).toBe('early');
    expect(checkinTiming(window, at('2026-03-26T00:00:00Z'))).toBe('open');
    expect(checkinTiming(window, at('2026-03-26T05:30:00Z'))).toBe('open');
    expect(checkinTiming(window, at('2026-03-26T05:31:00Z'))).toBe('late');
  });

  it('spans the whole day when no times are set', () => {
    const window = checkinWindow({ heldOn: '2026-03-26', startsAt: null, endsAt: null });
    expect(anGiangTime(window.opensAt)).toBe('2026-03-25 23:00');
    expect(anGiangTime(window.closesAt)).toBe('2026-03-27 01:00');
  });

  it('reads clock times strictly', () => {
    expect(['00:00', '08:05', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '8:05', '08:60', '0800', ''].some(isClockTime)).toBe(false);
  });
});

describe('the check-in secret', () => {
  it('comes from CHECKIN_SECRET, at least 32 characters, else is random for the process', () => {
    expect(readConfig({ CHECKIN_SECRET: SECRET }).checkinSecret).toBe(SECRET);
    expect(() => readConfig({ CHECKIN_SECRET: 'short' })).toThrow(/CHECKIN_SECRET/);
    const [one, two] = [readConfig({}).checkinSecret, readConfig({}).checkinSecret];
    expect(one).not.toBe(two);
    expect(one.length).toBeGreaterThanOrEqual(32);
  });
});

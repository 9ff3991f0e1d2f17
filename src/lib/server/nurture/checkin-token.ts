import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The code shown at an event changes every minute: a photo of it sent to someone at home stops
 * working within two minutes. A token is the HMAC of the activity and the minute's window number
 * under the server's secret; the current and the previous window are accepted, so a scan made just
 * before the code turns still goes through.
 */
export const CHECKIN_WINDOW_MS = 60_000;

function windowOf(now: Date): number {
  return Math.floor(now.getTime() / CHECKIN_WINDOW_MS);
}

function sign(secret: string, activityId: number, window: number): string {
  return createHmac('sha256', secret)
    .update(`checkin:${activityId}:${window}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The token the code carries for `activityId` at `now`. */
export function checkinToken(secret: string, activityId: number, now: Date): string {
  return sign(secret, activityId, windowOf(now));
}

/** Whether `token` was issued for `activityId` in the current or the previous window. */
export function isCheckinTokenValid(secret: string, activityId: number, token: string, now: Date): boolean {
  const given = Buffer.from(token);
  const current = windowOf(now);
  return [current, current - 1].some((window) => {
    const expected = Buffer.from(sign(secret, activityId, window));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** Seconds until the code turns (the officer's page reloads then). */
export function secondsToNextToken(now: Date): number {
  return Math.ceil((CHECKIN_WINDOW_MS - (now.getTime() % CHECKIN_WINDOW_MS)) / 1000);
}

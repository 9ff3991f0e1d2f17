/** When a QR check-in at an activity is accepted, in An Giang time (UTC+7, no daylight saving). */

const AN_GIANG_OFFSET_MS = 7 * 3600_000;
/** Early arrivals and late stragglers: the plan's events run over, and people gather before. */
export const CHECKIN_MARGIN_MS = 3600_000;

/** Whether `time` is a clock time written HH:MM (00:00 to 23:59). */
export function isClockTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

function instantOf(day: string, time: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, hh, mm) - AN_GIANG_OFFSET_MS;
}

export interface CheckinWindow {
  /** First and last instant (ms) a check-in is accepted. */
  opensAt: number;
  closesAt: number;
}

/**
 * From an hour before the start to an hour after the end; an activity without times lasts its whole
 * day (00:00 to 24:00).
 * @example checkinWindow({ heldOn: '2026-03-26', startsAt: '08:00', endsAt: '11:00' }) // 07:00–12:00 +07
 */
export function checkinWindow(activity: {
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
}): CheckinWindow {
  const start = instantOf(activity.heldOn, activity.startsAt ?? '00:00');
  const end = activity.endsAt
    ? instantOf(activity.heldOn, activity.endsAt)
    : instantOf(activity.heldOn, '00:00') + 86_400_000;
  return { opensAt: start - CHECKIN_MARGIN_MS, closesAt: end + CHECKIN_MARGIN_MS };
}

/** Whether `now` is before, within or after the check-in window. */
export function checkinTiming(window: CheckinWindow, now: Date): 'early' | 'open' | 'late' {
  const at = now.getTime();
  if (at < window.opensAt) return 'early';
  return at > window.closesAt ? 'late' : 'open';
}

/** An instant as An Giang's clock shows it: YYYY-MM-DD HH:MM. */
export function anGiangTime(instant: number): string {
  return new Date(instant + AN_GIANG_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

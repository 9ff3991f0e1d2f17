/**
 * When an award call is open. Calls give whole days; a day runs in Viet Nam time, which is UTC+7
 * all year (no daylight saving), so a fixed offset is exact.
 */
const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 86_400_000;

export type CallStatus = 'upcoming' | 'open' | 'closed';

/** The instant a call opens: 00:00 Viet Nam time on its opening day. */
export function opensAt(opens: string): Date {
  return new Date(`${opens}T00:00:00.000${VIETNAM_OFFSET}`);
}

/** The last instant a call accepts entries: 23:59:59.999 Viet Nam time on its closing day. */
export function closesAt(closes: string): Date {
  return new Date(`${closes}T23:59:59.999${VIETNAM_OFFSET}`);
}

export function callStatus(call: { opens: string; closes: string }, now: Date): CallStatus {
  if (now < opensAt(call.opens)) return 'upcoming';
  if (now <= closesAt(call.closes)) return 'open';
  return 'closed';
}

/** The calendar day in Viet Nam at `now`, as YYYY-MM-DD. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from today (Viet Nam time) to `day`: 0 when it is today, negative when past. */
export function daysUntil(day: string, now: Date): number {
  return Math.round((Date.parse(day) - Date.parse(vietnamDay(now))) / DAY_MS);
}

/** The year an award is given in, for the age rule: the year its call closes. */
export function awardYear(call: { closes: string }): number {
  return Number(call.closes.slice(0, 4));
}

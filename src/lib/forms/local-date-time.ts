/**
 * A `datetime-local` input's value, read and written as the time in An Giang (UTC+7, no daylight
 * saving): meetups happen there, whatever the zone of the browser or the server.
 * @example toLocalDateTime(fromLocalDateTime('2026-12-20T19:30')) // '2026-12-20T19:30'
 */
const AN_GIANG_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The shape a `datetime-local` input sends (minutes, no seconds). */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function fromLocalDateTime(value: string): Date {
  return new Date(`${value}:00+07:00`);
}

export function toLocalDateTime(date: Date): string {
  return new Date(date.getTime() + AN_GIANG_OFFSET_MS).toISOString().slice(0, 16);
}

/** The calendar day (YYYY-MM-DD) in An Giang of a moment. */
export function toLocalDay(date: Date): string {
  return new Date(date.getTime() + AN_GIANG_OFFSET_MS).toISOString().slice(0, 10);
}

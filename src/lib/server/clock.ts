/**
 * The one clock the server decides by: award calls open and close, ages are counted, sessions and
 * one-time codes expire, rate-limit windows turn. Browser tests start it at a fixed date with
 * `CLOCK_START` (refused unless the server only listens on this machine, see config.ts); it then
 * runs at the normal pace. Library functions take `now` as a parameter defaulting to this, so
 * integration tests pass their own date.
 */
import { getConfig } from './config';

/** The current time as the server counts it. */
export function now(): Date {
  return new Date(Date.now() + getConfig().clockOffsetMs);
}

/** The current calendar year, as the age rules count it. */
export function currentYear(): number {
  return now().getFullYear();
}

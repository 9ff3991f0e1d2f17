import { lt, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { rateLimits } from '@db/schema';
import { RateLimitedError } from './errors';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** The limits of the account flows, per client IP and per account (email). */
export const limits = {
  signInPerIp: { limit: 20, windowSeconds: 15 * 60 },
  signInPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  verifyPerIp: { limit: 20, windowSeconds: 60 * 60 },
  verifyPerAccount: { limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit>;

/**
 * Counts one attempt for `key` in a fixed window kept in the database, so every app instance shares
 * it; throws {@link RateLimitedError} with the seconds to wait once the limit is passed.
 * @example await consumeRateLimit(db, `sign-in:ip:${ip}`, limits.signInPerIp)
 */
export async function consumeRateLimit(
  db: Database,
  key: string,
  { limit, windowSeconds }: RateLimit,
  now = Date.now(),
): Promise<void> {
  const windowStart = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = ${windowStart} THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart,
      },
    })
    .returning({ count: rateLimits.count });
  if ((row?.count ?? 0) > limit) {
    throw new RateLimitedError(Math.max(1, windowStart + windowSeconds - Math.floor(now / 1000)));
  }
}

/** Forgets the attempts of a key, e.g. an account's failed sign-ins after a successful one. */
export async function resetRateLimit(db: Database, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

/**
 * Removes counters whose window ended: a counter outlives its window only until the key's next
 * attempt, so none older than the longest window in {@link limits} still counts.
 */
export async function deleteStaleRateLimits(db: Database, now = Date.now()): Promise<void> {
  const longest = Math.max(...Object.values(limits).map((limit) => limit.windowSeconds));
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, Math.floor(now / 1000) - longest));
}

import { lt, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { rateLimits } from '@db/schema';
import { RateLimitedError } from './errors';
import * as clock from '@/lib/server/clock';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
  /** The dictionary key of the message shown past the limit; the generic one when absent. */
  message?: MessageKey;
}

/** The limits of the account flows, per client IP and per account (email). */
export const limits = {
  signInPerIp: { limit: 20, windowSeconds: 15 * 60 },
  /**
   * Attempts on one account from one address: past them that address waits, while the owner
   * signing in from anywhere else is not affected by it.
   */
  signInPerAccountAndIp: { limit: 5, windowSeconds: 15 * 60 },
  /**
   * Attempts on one account from every address together, against guessing spread over many
   * addresses: past them a password is accepted only from the account's usual addresses, so the
   * owner is never locked out by it (sign-in-addresses.ts).
   */
  signInPerAccount: { limit: 50, windowSeconds: 60 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  verifyPerIp: { limit: 20, windowSeconds: 60 * 60 },
  verifyPerAccount: { limit: 10, windowSeconds: 60 * 60 },
  // Decoding a photo costs CPU that pages need; nobody changes their photo 20 times an hour.
  photoUploadPerAccount: { limit: 20, windowSeconds: 60 * 60, message: 'photo.tooManyUploads' },
  /** Each application may carry files to check and store: a few an hour is plenty, even for an officer nominating. */
  awardApplicationPerAccount: { limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit>;

/**
 * Counts one attempt for `key` in a fixed window kept in the database, so every app instance shares
 * it; says whether the limit is now passed and how many seconds remain of the window.
 */
export async function countAttempt(
  db: Database,
  key: string,
  { limit, windowSeconds }: RateLimit,
  now = clock.now().getTime(),
): Promise<{ exceeded: boolean; retryAfterSeconds: number }> {
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
  return {
    exceeded: (row?.count ?? 0) > limit,
    retryAfterSeconds: Math.max(1, windowStart + windowSeconds - Math.floor(now / 1000)),
  };
}

/**
 * Counts one attempt for `key` and throws {@link RateLimitedError} with the seconds to wait once
 * the limit is passed.
 * @example await consumeRateLimit(db, `sign-in:ip:${ip}`, limits.signInPerIp)
 */
export async function consumeRateLimit(
  db: Database,
  key: string,
  limit: RateLimit,
  now = clock.now().getTime(),
): Promise<void> {
  const { exceeded, retryAfterSeconds } = await countAttempt(db, key, limit, now);
  if (exceeded) throw new RateLimitedError(retryAfterSeconds, limit.message);
}

/** Forgets the attempts of a key, e.g. an account's failed sign-ins after a successful one. */
export async function resetRateLimit(db: Database, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

/**
 * Removes counters whose window ended: a counter outlives its window only until the key's next
 * attempt, so none older than the longest window in {@link limits} still counts.
 */
export async function deleteStaleRateLimits(db: Database, now = clock.now().getTime()): Promise<void> {
  const longest = Math.max(...Object.values(limits).map((limit) => limit.windowSeconds));
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, Math.floor(now / 1000) - longest));
}

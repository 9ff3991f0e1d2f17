import { lte } from 'drizzle-orm';
import type { Database } from '@db/client';
import { mailOutbox } from '@db/schema';
import { deleteSpentOneTimeTokens } from '@/lib/server/auth/one-time';
import * as clock from '@/lib/server/clock';
import { deleteExpiredSessions } from '@/lib/server/auth/sessions';
import { forgetOldSignInAddresses } from '@/lib/server/auth/sign-in-addresses';
import { deleteExpiredSubscriptions } from '@/lib/server/mailing-list/subscribe';
import { deleteStaleRateLimits } from '@/lib/server/rate-limit';
import { summarizePastDays } from '@/lib/server/reach/summaries';
import { schedulePeriodicJob } from './scheduler';

const DAY = 86_400_000;

/**
 * How long mail stays in the outbox table once written: its links work at most a day, and a week
 * lets a person on a test site find a message again. The privacy notice states this period.
 */
export const OUTBOX_RETENTION_MS = 7 * DAY;

/** How often the purge runs; everything it removes is already of no use, so a lag costs nothing. */
const PURGE_EVERY_MS = 15 * 60_000;

/**
 * Deletes what the site no longer needs and does not keep: ended sessions, spent or expired mailed
 * links, rate-limit counters of past windows, sign-in addresses unused for 90 days and outbox mail
 * past {@link OUTBOX_RETENTION_MS} (sent, or given up on: the sender gives up after a day),
 * mailing-list addresses whose confirmation expired, and the reach hashes and salts of past days
 * (once counted into their day's summary).
 * Each delete is idempotent, so two instances purging at once do no harm.
 */
export async function purgeExpiredData(db: Database, now = clock.now()): Promise<void> {
  await deleteExpiredSessions(db, now);
  await deleteSpentOneTimeTokens(db, now);
  await deleteStaleRateLimits(db, now.getTime());
  await forgetOldSignInAddresses(db, now);
  await db.delete(mailOutbox).where(lte(mailOutbox.createdAt, new Date(now.getTime() - OUTBOX_RETENTION_MS)));
  await deleteExpiredSubscriptions(db, now);
  await summarizePastDays(db, now);
}

/** Starts the purge on its schedule; the server entry calls it once. Returns a function that stops it. */
export function startHousekeeping(db: Database): () => void {
  return schedulePeriodicJob({ name: 'purge', everyMs: PURGE_EVERY_MS, run: () => purgeExpiredData(db) });
}

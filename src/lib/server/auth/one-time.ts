import { and, eq, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type OneTimePurpose, oneTimeTokens } from '@db/schema';
import { issueToken, parseToken, secretMatches } from './tokens';
import * as clock from '@/lib/server/clock';

const HOUR = 3_600_000;

/** How long each kind of link works: a day to verify an address, an hour to reset a password. */
export const lifetimes: Record<OneTimePurpose, number> = {
  'verify-email': 24 * HOUR,
  'reset-password': HOUR,
  'change-email': HOUR,
};

/**
 * Issues a single-use link token for a user, replacing any earlier unused one of the same purpose.
 * Returns the token to put in the link; only its hash is stored. Run it in the transaction that
 * queues the mail carrying the link, so the two exist together or not at all.
 */
export async function createOneTimeToken(
  db: Executor,
  userId: number,
  purpose: OneTimePurpose,
  email: string | null = null,
  now = clock.now(),
) {
  const { id, secretHash, token } = issueToken();
  await db
    .delete(oneTimeTokens)
    .where(
      and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)),
    );
  await db.insert(oneTimeTokens).values({
    id,
    secretHash,
    userId,
    purpose,
    email,
    expiresAt: new Date(now.getTime() + lifetimes[purpose]),
  });
  return token;
}

/**
 * Deletes every unused link of the account, whatever its purpose. Called whenever credentials change
 * or the owner ends every session: a link mailed before (an email change an attacker asked for with
 * a stolen password, say) must not outlive the owner taking the account back.
 */
export async function deleteUnusedOneTimeTokens(db: Executor, userId: number): Promise<void> {
  await db.delete(oneTimeTokens).where(and(eq(oneTimeTokens.userId, userId), isNull(oneTimeTokens.usedAt)));
}

/**
 * Uses a token: returns its row when it is of `purpose`, unexpired, unused and its secret matches,
 * marking it used in the same statement so two requests cannot both use it; otherwise null.
 */
export async function consumeOneTimeToken(
  db: Database,
  token: string | null | undefined,
  purpose: OneTimePurpose,
  now = clock.now(),
) {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.id, parsed.id)).limit(1);
  if (
    !row ||
    row.purpose !== purpose ||
    row.usedAt ||
    now >= row.expiresAt ||
    !secretMatches(parsed.secret, row.secretHash)
  )
    return null;
  const [used] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.id, row.id), isNull(oneTimeTokens.usedAt)))
    .returning();
  return used ?? null;
}

/** The row of a token that would be accepted now, without using it (to show the form behind a link). */
export async function peekOneTimeToken(
  db: Database,
  token: string | null | undefined,
  purpose: OneTimePurpose,
  now = clock.now(),
) {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.id, parsed.id)).limit(1);
  const good =
    row &&
    row.purpose === purpose &&
    !row.usedAt &&
    now < row.expiresAt &&
    secretMatches(parsed.secret, row.secretHash);
  return good ? row : null;
}

/** Removes tokens that can no longer be used, spent or expired: a stored link is worth nothing after. */
export async function deleteSpentOneTimeTokens(db: Database, now = clock.now()): Promise<void> {
  await db
    .delete(oneTimeTokens)
    .where(or(isNotNull(oneTimeTokens.usedAt), lte(oneTimeTokens.expiresAt, now)));
}

import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { signInAddresses } from '@db/schema';

/** An address is "usual" for this long after the account last signed in from it. */
const KNOWN_ADDRESS_DAYS = 90;
const DAY = 86_400_000;
const forgottenBefore = (now: Date) => new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY);

/** Whether the account signed in successfully from `address` within the last 90 days. */
export async function isKnownSignInAddress(
  db: Database,
  userId: number,
  address: string,
  now = new Date(),
): Promise<boolean> {
  const [row] = await db
    .select({ userId: signInAddresses.userId })
    .from(signInAddresses)
    .where(
      and(
        eq(signInAddresses.userId, userId),
        eq(signInAddresses.address, address),
        gt(signInAddresses.lastSignInAt, forgottenBefore(now)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Records that the owner proved themselves from `address` (a correct password, or a reset link
 * followed), and forgets the account's addresses older than 90 days.
 */
export async function rememberSignInAddress(
  db: Executor,
  userId: number,
  address: string,
  now = new Date(),
): Promise<void> {
  await db
    .insert(signInAddresses)
    .values({ userId, address, lastSignInAt: now })
    .onConflictDoUpdate({
      target: [signInAddresses.userId, signInAddresses.address],
      set: { lastSignInAt: now },
    });
  await db
    .delete(signInAddresses)
    .where(and(eq(signInAddresses.userId, userId), lt(signInAddresses.lastSignInAt, forgottenBefore(now))));
}

/** Forgets every account's addresses unused for 90 days; for the housekeeping schedule. */
export async function forgetOldSignInAddresses(db: Executor, now = new Date()): Promise<void> {
  await db.delete(signInAddresses).where(lt(signInAddresses.lastSignInAt, forgottenBefore(now)));
}

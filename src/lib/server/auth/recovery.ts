import { eq } from 'drizzle-orm';
import { type Database, type Executor, isUniqueViolation } from '@db/client';
import { users } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import { getTranslator } from '@/lib/i18n/translate';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { queueMail } from '@/lib/server/mail/send';
import { consumeRateLimit, limits } from '@/lib/server/rate-limit';
import {
  assertAcceptablePassword,
  type LinkBuilder,
  normalizeEmail,
  queueVerificationMail,
} from './accounts';
import type { Actor } from './actor';
import { consumeOneTimeToken, createOneTimeToken, peekOneTimeToken } from './one-time';
import { hashPassword, verifyPassword } from './passwords';
import { createSession, signOutEverywhere } from './sessions';
import { rememberSignInAddress } from './sign-in-addresses';
import * as clock from '@/lib/server/clock';

/** Marks the address of a verification link as verified; false when the link is not valid. */
export async function verifyEmail(db: Database, token: string, ip: string): Promise<boolean> {
  await consumeRateLimit(db, `verify:ip:${ip}`, limits.verifyPerIp);
  const used = await consumeOneTimeToken(db, token, 'verify-email');
  if (!used) return false;
  await db.update(users).set({ emailVerifiedAt: clock.now() }).where(eq(users.id, used.userId));
  return true;
}

/** Mails a new verification link to a signed-in, unverified account. */
export async function resendVerification(
  db: Database,
  actor: Actor,
  lang: Lang,
  linkTo: LinkBuilder,
): Promise<void> {
  if (actor.emailVerified) return;
  await consumeRateLimit(db, `verify:account:${actor.id}`, limits.verifyPerAccount);
  await db.transaction((tx) => queueVerificationMail(tx, actor, lang, linkTo));
}

/** Mails a reset link when the address has an account; answers the same either way. */
export async function requestPasswordReset(
  db: Database,
  input: { email: string; ip: string; lang: Lang },
  linkTo: LinkBuilder,
) {
  const email = normalizeEmail(input.email);
  await consumeRateLimit(db, `reset:ip:${input.ip}`, limits.resetPerIp);
  await consumeRateLimit(db, `reset:account:${email}`, limits.resetPerAccount);
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user || user.disabledAt) return;
  const t = getTranslator(input.lang);
  await db.transaction(async (tx) => {
    const token = await createOneTimeToken(tx, user.id, 'reset-password');
    await queueMail(tx, {
      userId: user.id,
      to: email,
      subject: t('mail.reset.subject'),
      text: t('mail.reset.body', { link: linkTo('reset-password', token) }),
    });
  });
}

/**
 * Sets a new password from a reset link, ends every session of the account and deletes its other
 * unused links (a pending change of address must not survive the owner taking the account back).
 * The link proved the address, so it counts as verified, and `ip` becomes one of the account's
 * usual addresses: the mailed link is the owner's way in while guessing from many addresses has
 * closed sign-in to unknown ones. Throws InvalidInputError('token') for a bad link.
 */
export async function resetPassword(
  db: Database,
  input: { token: string; password: string; ip: string },
  now = clock.now(),
): Promise<void> {
  const { token, password } = input;
  // The password is checked before the link is used up, so a rejected password can be corrected.
  const pending = await peekOneTimeToken(db, token, 'reset-password', now);
  const [user] = pending ? await db.select().from(users).where(eq(users.id, pending.userId)).limit(1) : [];
  if (!user) throw new InvalidInputError('token.invalid', 'token');
  assertAcceptablePassword(password, user.email);
  if (!(await consumeOneTimeToken(db, token, 'reset-password', now)))
    throw new InvalidInputError('token.invalid', 'token');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now })
      .where(eq(users.id, user.id));
    await signOutEverywhere(tx, user.id);
    await rememberSignInAddress(tx, user.id, input.ip, now);
  });
}

/**
 * Changes the password of the signed-in account after checking the current one, ends all its
 * sessions, deletes its unused links and starts a new session for this device (a new token on
 * every change of credentials).
 */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: { current: string; next: string; userAgent: string },
) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.current))) {
    throw new InvalidInputError('password.wrong', 'current');
  }
  assertAcceptablePassword(input.next, user.email, 'next');
  const passwordHash = await hashPassword(input.next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await signOutEverywhere(tx, user.id);
  });
  return createSession(db, user, input.userAgent);
}

/** Mails a confirmation link to a new address; the change happens only when it is followed. */
export async function requestEmailChange(
  db: Database,
  actor: Actor,
  input: { email: string; password: string; lang: Lang },
  linkTo: LinkBuilder,
) {
  const email = normalizeEmail(input.email);
  const [user] = await db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new InvalidInputError('password.wrong', 'password');
  }
  await consumeRateLimit(db, `change-email:account:${actor.id}`, limits.resetPerAccount);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (taken) return; // the same answer as a success: the address's owner learns nothing new
  const t = getTranslator(input.lang);
  await db.transaction(async (tx) => {
    const token = await createOneTimeToken(tx, user.id, 'change-email', email);
    await queueMail(tx, {
      userId: user.id,
      to: email,
      subject: t('mail.changeEmail.subject'),
      text: t('mail.changeEmail.body', { link: linkTo('change-email', token) }),
    });
  });
}

/** Switches the account to the address of a confirmation link; false when the link is not valid. */
export async function confirmEmailChange(db: Database, token: string, lang: Lang): Promise<boolean> {
  const used = await consumeOneTimeToken(db, token, 'change-email');
  if (!used?.email) return false;
  const email = used.email;
  const userId = used.userId;
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (taken) return false;
  const [before] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  if (!before) return false;
  const t = getTranslator(lang);
  try {
    await db.transaction(async (tx) => {
      await tx.update(users).set({ email, emailVerifiedAt: clock.now() }).where(eq(users.id, userId));
      // The old address hears of it, so an owner who did not ask learns at once.
      await queueMail(tx, {
        userId,
        to: before.email,
        subject: t('mail.emailChanged.subject'),
        text: t('mail.emailChanged.body', { email }),
      });
    });
  } catch (error) {
    // The address was taken by a sign-up that committed after the check above.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  return true;
}

/** Disables an account (admins only, checked by the caller) and ends all its sessions at once. */
export async function disableAccount(db: Executor, userId: number): Promise<void> {
  const [row] = await db
    .update(users)
    .set({ disabledAt: clock.now() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!row) throw new NotFoundError();
  await signOutEverywhere(db, userId);
}

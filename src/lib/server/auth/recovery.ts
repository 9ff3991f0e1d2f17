import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { users } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import { getTranslator } from '@/lib/i18n/translate';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { sendMail } from '@/lib/server/mail/send';
import { consumeRateLimit, limits } from '@/lib/server/rate-limit';
import { assertAcceptablePassword, type LinkBuilder, normalizeEmail, sendVerificationMail } from './accounts';
import type { Actor } from './actor';
import { consumeOneTimeToken, createOneTimeToken, peekOneTimeToken } from './one-time';
import { hashPassword, verifyPassword } from './passwords';
import { createSession, invalidateUserSessions } from './sessions';
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
  await sendVerificationMail(db, actor, lang, linkTo);
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
  const token = await createOneTimeToken(db, user.id, 'reset-password');
  const t = getTranslator(input.lang);
  await sendMail(db, {
    to: email,
    subject: t('mail.reset.subject'),
    text: t('mail.reset.body', { link: linkTo('reset-password', token) }),
  });
}

/**
 * Sets a new password from a reset link and ends every session of the account. The link proved
 * the address, so it counts as verified. Throws InvalidInputError('token') for a bad link.
 */
export async function resetPassword(db: Database, token: string, password: string): Promise<void> {
  // The password is checked before the link is used up, so a rejected password can be corrected.
  const pending = await peekOneTimeToken(db, token, 'reset-password');
  const [user] = pending ? await db.select().from(users).where(eq(users.id, pending.userId)).limit(1) : [];
  if (!user) throw new InvalidInputError('token.invalid', 'token');
  assertAcceptablePassword(password, user.email);
  if (!(await consumeOneTimeToken(db, token, 'reset-password')))
    throw new InvalidInputError('token.invalid', 'token');
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), emailVerifiedAt: user.emailVerifiedAt ?? clock.now() })
    .where(eq(users.id, user.id));
  await invalidateUserSessions(db, user.id);
}

/**
 * Changes the password of the signed-in account after checking the current one, ends all its
 * sessions and starts a new one for this device (a new token on every change of credentials).
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
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.next) })
    .where(eq(users.id, user.id));
  await invalidateUserSessions(db, user.id);
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
  const token = await createOneTimeToken(db, user.id, 'change-email', email);
  const t = getTranslator(input.lang);
  await sendMail(db, {
    to: email,
    subject: t('mail.changeEmail.subject'),
    text: t('mail.changeEmail.body', { link: linkTo('change-email', token) }),
  });
}

/** Switches the account to the address of a confirmation link; false when the link is not valid. */
export async function confirmEmailChange(db: Database, token: string, lang: Lang): Promise<boolean> {
  const used = await consumeOneTimeToken(db, token, 'change-email');
  if (!used?.email) return false;
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, used.email)).limit(1);
  if (taken) return false;
  const [before] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, used.userId))
    .limit(1);
  await db
    .update(users)
    .set({ email: used.email, emailVerifiedAt: clock.now() })
    .where(eq(users.id, used.userId));
  const t = getTranslator(lang);
  if (before)
    await sendMail(db, {
      to: before.email,
      subject: t('mail.emailChanged.subject'),
      text: t('mail.emailChanged.body', { email: used.email }),
    });
  return true;
}

/** Disables an account (admins only, checked by the caller) and ends all its sessions at once. */
export async function disableAccount(db: Database, userId: number): Promise<void> {
  const [row] = await db
    .update(users)
    .set({ disabledAt: clock.now() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!row) throw new NotFoundError();
  await invalidateUserSessions(db, userId);
}

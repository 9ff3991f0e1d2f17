import { eq } from 'drizzle-orm';
import { type Database, type Executor, isUniqueViolation } from '@db/client';
import { consents, users } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import { TERMS_VERSION } from '@/lib/legal';
import { getTranslator } from '@/lib/i18n/translate';
import { InvalidInputError, RateLimitedError } from '@/lib/server/errors';
import { queueMail } from '@/lib/server/mail/send';
import { consumeRateLimit, countAttempt, limits, resetRateLimit } from '@/lib/server/rate-limit';
import { createOneTimeToken } from './one-time';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { isKnownSignInAddress, rememberSignInAddress } from './sign-in-addresses';

/** Builds the absolute URL of a mailed link; the caller knows the routes and the site's address. */
export type LinkBuilder = (kind: 'verify-email' | 'reset-password' | 'change-email', token: string) => string;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Throws InvalidInputError on the `password` field when a new password is not acceptable. */
export function assertAcceptablePassword(password: string, email: string, field = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new InvalidInputError(`password.${problem}`, field);
}

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  role: 'talent' | 'employer';
  lang: Lang;
  ip: string;
}

/**
 * Creates an account and queues its verification link. The answer is the same whether or not the
 * address already has an account (its owner gets a notice instead), and so is the work: both paths
 * hash the password and queue one mail in one transaction, so neither the answer nor its timing
 * reveals an account. A concurrent sign-up that takes the address first makes this one an
 * "existing account" sign-up too, never an error.
 */
export async function signUp(db: Database, input: SignUpInput, linkTo: LinkBuilder): Promise<void> {
  await consumeRateLimit(db, `sign-up:ip:${input.ip}`, limits.signUpPerIp);
  const email = normalizeEmail(input.email);
  assertAcceptablePassword(input.password, email);
  const passwordHash = await hashPassword(input.password);
  try {
    await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
      if (existing) return queueExistingAccountNotice(tx, existing.id, email, input.lang);
      const [created] = await tx
        .insert(users)
        .values({ email, displayName: input.displayName.trim(), role: input.role, passwordHash })
        .returning();
      await tx.insert(consents).values({
        userId: created!.id,
        kind: 'terms',
        textVersion: TERMS_VERSION,
        details: { role: input.role },
      });
      await queueVerificationMail(tx, created!, input.lang, linkTo);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (!existing) throw error;
    await queueExistingAccountNotice(db, existing.id, email, input.lang);
  }
}

/** Tells the owner of an address that someone tried to sign up with it. */
async function queueExistingAccountNotice(db: Executor, userId: number, email: string, lang: Lang) {
  const t = getTranslator(lang);
  await queueMail(db, {
    userId,
    to: email,
    subject: t('mail.existing.subject'),
    text: t('mail.existing.body'),
  });
}

/** Issues a verification link and queues the mail carrying it; run it in the caller's transaction. */
export async function queueVerificationMail(
  db: Executor,
  user: { id: number; email: string },
  lang: Lang,
  linkTo: LinkBuilder,
) {
  const token = await createOneTimeToken(db, user.id, 'verify-email');
  const t = getTranslator(lang);
  await queueMail(db, {
    userId: user.id,
    to: user.email,
    subject: t('mail.verify.subject'),
    text: t('mail.verify.body', { link: linkTo('verify-email', token) }),
  });
}

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string;
}

/**
 * Checks the credentials and starts a session; null for any failure, with no hint whether the
 * address exists (a decoy hash is verified when it does not, so timing says nothing either).
 *
 * Attempts are limited per address, per account and address, and per account. Only the last
 * counts attempts from everywhere, so past it a password is still accepted from the account's
 * usual addresses: an attacker's failures make the attacker wait, never the owner. Everyone else
 * gets the same wait whatever the password, so the limit reveals nothing.
 */
export async function signIn(db: Database, input: SignInInput, now = new Date()) {
  const email = normalizeEmail(input.email);
  const at = now.getTime();
  const pairKey = `sign-in:account-ip:${email}:${input.ip}`;
  await consumeRateLimit(db, `sign-in:ip:${input.ip}`, limits.signInPerIp, at);
  await consumeRateLimit(db, pairKey, limits.signInPerAccountAndIp, at);
  const accountWide = await countAttempt(db, `sign-in:account:${email}`, limits.signInPerAccount, at);
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (accountWide.exceeded && !(user && (await isKnownSignInAddress(db, user.id, input.ip, now)))) {
    throw new RateLimitedError(accountWide.retryAfterSeconds);
  }
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) return null;
  await resetRateLimit(db, pairKey);
  await rememberSignInAddress(db, user.id, input.ip, now);
  return createSession(db, user, input.userAgent, now);
}

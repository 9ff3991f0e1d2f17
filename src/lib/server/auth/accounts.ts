import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { consents, users } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import { TERMS_VERSION } from '@/lib/legal';
import { getTranslator } from '@/lib/i18n/translate';
import { InvalidInputError } from '@/lib/server/errors';
import { sendMail } from '@/lib/server/mail/send';
import { consumeRateLimit, limits, resetRateLimit } from '@/lib/server/rate-limit';
import { createOneTimeToken } from './one-time';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords';
import { createSession } from './sessions';

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
 * Creates an account and mails its verification link. The answer is the same whether or not the
 * address already has an account (its owner gets a notice instead), so sign-up reveals nothing.
 */
export async function signUp(db: Database, input: SignUpInput, linkTo: LinkBuilder): Promise<void> {
  await consumeRateLimit(db, `sign-up:ip:${input.ip}`, limits.signUpPerIp);
  const email = normalizeEmail(input.email);
  assertAcceptablePassword(input.password, email);
  const t = getTranslator(input.lang);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) {
    await sendMail(db, { to: email, subject: t('mail.existing.subject'), text: t('mail.existing.body') });
    return;
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction(async (tx) => {
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
    return created!;
  });
  await sendVerificationMail(db, user, input.lang, linkTo);
}

export async function sendVerificationMail(
  db: Database,
  user: { id: number; email: string },
  lang: Lang,
  linkTo: LinkBuilder,
) {
  const token = await createOneTimeToken(db, user.id, 'verify-email');
  const t = getTranslator(lang);
  await sendMail(db, {
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
 */
export async function signIn(db: Database, input: SignInInput) {
  const email = normalizeEmail(input.email);
  await consumeRateLimit(db, `sign-in:ip:${input.ip}`, limits.signInPerIp);
  await consumeRateLimit(db, `sign-in:account:${email}`, limits.signInPerAccount);
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) return null;
  await resetRateLimit(db, `sign-in:account:${email}`);
  return createSession(db, user, input.userAgent);
}

import { randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Database } from '@db/client';
import { listSubscribers } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import { getTranslator } from '@/lib/i18n/translate';
import { normalizeEmail } from '@/lib/server/auth/accounts';
import { hashSecret } from '@/lib/server/auth/tokens';
import * as clock from '@/lib/server/clock';
import { InvalidInputError } from '@/lib/server/errors';
import { mailLink } from '@/lib/server/mail/site-links';
import { queueMail } from '@/lib/server/mail/send';
import { consumeRateLimit, countAttempt, type RateLimit } from '@/lib/server/rate-limit';

/** How long a confirmation link works; an address left unconfirmed is then forgotten. */
export const CONFIRM_LIFETIME_MS = 24 * 3_600_000;

export const listLimits = {
  /** Sign-ups from one address: enough for a family or a classroom, too few to flood inboxes. */
  subscribePerIp: { limit: 10, windowSeconds: 60 * 60 },
  /** Mails to one inbox: past this, the form answers the same and sends nothing. */
  mailsPerAddress: { limit: 3, windowSeconds: 60 * 60 },
  confirmPerIp: { limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit>;

/** A link secret: 256 bits, base64url. */
const newSecret = () => randomBytes(32).toString('base64url');
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Asks to subscribe `email` to the news and award-call list. The answer is the same whatever the
 * address's state, so the form tells nobody who subscribes (no enumeration); only the inbox learns:
 * a new or pending address gets a confirmation link (double opt-in, a new link replacing the old),
 * a confirmed one a note that it already is on the list. Rate-limited per client address
 * (refused with a message) and per inbox (silently: a message would tell).
 * @example await subscribeToList(db, { email: 'a@b.vn', lang: 'vi', ip: '203.0.113.7' })
 */
export async function subscribeToList(
  db: Database,
  input: { email: string; lang: Lang; ip: string },
  now = clock.now(),
): Promise<void> {
  await consumeRateLimit(db, `list-subscribe:ip:${input.ip}`, listLimits.subscribePerIp, now.getTime());
  const email = normalizeEmail(input.email);
  const perInbox = await countAttempt(db, `list-mail:${email}`, listLimits.mailsPerAddress, now.getTime());
  if (perInbox.exceeded) return;
  const t = getTranslator(input.lang);
  const [existing] = await db.select().from(listSubscribers).where(eq(listSubscribers.email, email));
  if (existing?.status === 'confirmed') {
    await queueMail(db, {
      subscriberId: existing.id,
      to: email,
      subject: t('list.mail.already.subject'),
      text: t('list.mail.already.body', {
        link: mailLink(existing.lang, 'listUnsubscribe', undefined, { token: existing.unsubscribeToken }),
      }),
    });
    return;
  }
  const secret = newSecret();
  const pending = {
    lang: input.lang,
    status: 'pending' as const,
    confirmHash: hashSecret(secret),
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_LIFETIME_MS),
  };
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(listSubscribers)
      .values({ email, unsubscribeToken: newSecret(), ...pending, createdAt: now })
      .onConflictDoUpdate({ target: listSubscribers.email, set: pending })
      .returning({ id: listSubscribers.id });
    await queueMail(tx, {
      subscriberId: row!.id,
      to: email,
      subject: t('list.mail.confirm.subject'),
      text: t('list.mail.confirm.body', {
        link: mailLink(input.lang, 'listConfirm', undefined, { token: secret }),
      }),
    });
  });
}

/**
 * Confirms a subscription from its mailed link: single use, within {@link CONFIRM_LIFETIME_MS}.
 * Throws InvalidInputError('token') for a link that is not (or no longer) valid.
 */
export async function confirmSubscription(
  db: Database,
  input: { token: string; ip: string },
  now = clock.now(),
): Promise<{ lang: Lang }> {
  await consumeRateLimit(db, `list-confirm:ip:${input.ip}`, listLimits.confirmPerIp, now.getTime());
  if (!SECRET_SHAPE.test(input.token)) throw new InvalidInputError('list.confirm.invalid', 'token');
  const [confirmed] = await db
    .update(listSubscribers)
    .set({ status: 'confirmed', confirmedAt: now, confirmHash: null, confirmExpiresAt: null })
    .where(
      and(
        eq(listSubscribers.confirmHash, hashSecret(input.token)),
        eq(listSubscribers.status, 'pending'),
        gt(listSubscribers.confirmExpiresAt, now),
      ),
    )
    .returning({ lang: listSubscribers.lang });
  if (!confirmed) throw new InvalidInputError('list.confirm.invalid', 'token');
  return confirmed;
}

/**
 * Removes the address an unsubscribe link stands for, with what is still queued for it. Idempotent:
 * a link already used (or never valid) changes nothing, and the page says the same either way.
 * @returns whether an address was removed
 */
export async function unsubscribeFromList(db: Database, token: string): Promise<boolean> {
  if (!SECRET_SHAPE.test(token)) return false;
  const removed = await db
    .delete(listSubscribers)
    .where(eq(listSubscribers.unsubscribeToken, token))
    .returning({ id: listSubscribers.id });
  return removed.length > 0;
}

/** Forgets addresses whose confirmation link expired unused (housekeeping). */
export async function deleteExpiredSubscriptions(db: Database, now: Date): Promise<void> {
  await db
    .delete(listSubscribers)
    .where(and(eq(listSubscribers.status, 'pending'), lte(listSubscribers.confirmExpiresAt, now)));
}

/** Whether a confirmation link would be accepted now (for its page; the form then uses it). */
export async function isConfirmationPending(
  db: Database,
  token: string,
  now = clock.now(),
): Promise<boolean> {
  if (!SECRET_SHAPE.test(token)) return false;
  const [row] = await db
    .select({ id: listSubscribers.id })
    .from(listSubscribers)
    .where(
      and(
        eq(listSubscribers.confirmHash, hashSecret(token)),
        eq(listSubscribers.status, 'pending'),
        gt(listSubscribers.confirmExpiresAt, now),
      ),
    );
  return row !== undefined;
}

/** Whether an unsubscribe link still names an address on the list. */
export async function isSubscribed(db: Database, token: string): Promise<boolean> {
  if (!SECRET_SHAPE.test(token)) return false;
  const [row] = await db
    .select({ id: listSubscribers.id })
    .from(listSubscribers)
    .where(eq(listSubscribers.unsubscribeToken, token));
  return row !== undefined;
}

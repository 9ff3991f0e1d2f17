/**
 * The email digest: unread notifications mailed once a day or once a week, as each person chose
 * (settings.ts), through the mail queue. A periodic job calls {@link sendDueDigests}.
 */
import { and, asc, count, eq, isNull, lte, or } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { notificationSettings, notifications, users } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import { getTranslator } from '@/lib/i18n/translate';
import { getConfig } from '@/lib/server/config';
import { queueMail } from '@/lib/server/mail/send';
import { DEFAULT_DIGEST } from './settings';
import { messageKeyOf } from './index';

const HOUR = 3_600_000;
const PERIOD_MS = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR } as const;
/** The job runs hourly: a digest is due a little before its full period so it does not drift later. */
const SLACK_MS = HOUR;
/** How often the job looks for due digests. */
export const DIGEST_EVERY_MS = HOUR;
/** Notifications listed in one mail; the rest are counted and wait on the notifications page. */
const LISTED_PER_MAIL = 20;
/** People handled in one run; the next run takes the rest. */
const PEOPLE_PER_RUN = 500;

/**
 * The notifications page in each language. It mirrors the route `notifications` of src/routes.ts,
 * which server code outside Astro cannot import (the e2e notifications test follows this link).
 */
export const NOTIFICATIONS_PATH: Record<Lang, string> = {
  vi: '/tai-khoan/thong-bao',
  en: '/en/account/notifications',
};

/**
 * Mails every person whose digest is due the notifications they have not read and no digest told
 * them of, and marks those as told. Read notifications, and everything of a person who chose no
 * digest, are marked without a mail so the next run skips them. Safe on several instances at once:
 * the marking comes first in each person's transaction, and only the writer that marked rows mails.
 * @returns the number of digests queued
 */
export async function sendDueDigests(db: Database, now: Date): Promise<number> {
  const dueBefore = (digest: 'daily' | 'weekly') => new Date(now.getTime() - PERIOD_MS[digest] + SLACK_MS);
  const people = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, notifications.userId))
    .where(
      and(
        isNull(notifications.digestedAt),
        or(
          isNull(notificationSettings.lastDigestAt),
          eq(notificationSettings.digest, 'off'),
          and(
            eq(notificationSettings.digest, 'daily'),
            lte(notificationSettings.lastDigestAt, dueBefore('daily')),
          ),
          and(
            eq(notificationSettings.digest, 'weekly'),
            lte(notificationSettings.lastDigestAt, dueBefore('weekly')),
          ),
        ),
      ),
    )
    .limit(PEOPLE_PER_RUN);
  let sent = 0;
  for (const { userId } of people) {
    if (await db.transaction((tx) => digestFor(tx, userId, now))) sent += 1;
  }
  return sent;
}

async function digestFor(tx: Executor, userId: number, now: Date): Promise<boolean> {
  const [person] = await tx
    .select({
      email: users.email,
      verified: users.emailVerifiedAt,
      disabled: users.disabledAt,
      digest: notificationSettings.digest,
      lang: notificationSettings.lang,
      lastDigestAt: notificationSettings.lastDigestAt,
    })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, userId));
  if (!person) return false;
  const digest = person.digest ?? DEFAULT_DIGEST;
  const undigested = and(eq(notifications.userId, userId), isNull(notifications.digestedAt));
  if (digest === 'off' || !person.verified || person.disabled) {
    await tx.update(notifications).set({ digestedAt: now }).where(undigested);
    return false;
  }
  const last = person.lastDigestAt?.getTime();
  // Another instance may have sent it since the candidates were read.
  if (last !== undefined && now.getTime() - last < PERIOD_MS[digest] - SLACK_MS) return false;

  const unread = and(undigested, isNull(notifications.readAt), lte(notifications.createdAt, now));
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(notifications).where(unread);
  const listed = await tx
    .select({ kind: notifications.kind, params: notifications.params })
    .from(notifications)
    .where(unread)
    .orderBy(asc(notifications.id))
    .limit(LISTED_PER_MAIL);
  const marked = await tx
    .update(notifications)
    .set({ digestedAt: now })
    .where(and(undigested, lte(notifications.createdAt, now)))
    .returning({ id: notifications.id });
  if (marked.length === 0 || total === 0) return false;

  const lang = person.lang ?? 'vi';
  const t = getTranslator(lang);
  const lines = listed.map((row) => `• ${t(messageKeyOf(row.kind), row.params)}`);
  if (total > listed.length) lines.push(t('mail.digest.more', { count: total - listed.length }));
  const link = new URL(NOTIFICATIONS_PATH[lang], getConfig().publicSiteUrl).href;
  await queueMail(tx, {
    userId,
    to: person.email,
    subject: t('mail.digest.subject', { count: total }),
    text: t('mail.digest.body', { count: total, list: lines.join('\n'), link }),
  });
  await tx
    .insert(notificationSettings)
    .values({ userId, lastDigestAt: now })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { lastDigestAt: now } });
  return true;
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@db/client';
import { listAnnouncements, listSubscribers } from '@db/schema';
import { type Lang, languages } from '@/lib/i18n/languages';
import { getTranslator } from '@/lib/i18n/translate';
import { getConfig } from '@/lib/server/config';
import { queueMail } from '@/lib/server/mail/send';
import { mailLink, oneClickUnsubscribeLink } from '@/lib/server/mail/site-links';

/** How often the app looks for newly published items. */
export const LIST_DIGEST_EVERY_MS = 15 * 60_000;
/**
 * Items published longer ago than this are never mailed: when the list starts (or a server was
 * down for weeks) subscribers get what is new, not the archive.
 */
const FRESH_FOR_MS = 14 * 86_400_000;

/** A news article or award call as a reader of `lang` sees it (fallbacks of the other language included). */
export interface ListItem {
  /** Stable across builds: the collection and the entry id. */
  id: string;
  lang: Lang;
  title: string;
  summary: string;
  /** The page's path, e.g. `/tin-tuc/le-vinh-danh`. */
  path: string;
  /** When it is published: an article's date, a call's opening day. */
  publishedAt: Date;
}

/**
 * Mails each confirmed subscriber one digest of the items published since the last run, in the
 * subscriber's language, each item once. Claiming the items (insert or ignore into
 * `list_announcements`) and queueing the mail happen in one transaction: of several instances only
 * one claims an item, and a crash leaves neither a claim without mail nor mail without a claim.
 * @returns how many digests were queued
 */
export async function sendListDigest(db: Database, items: ListItem[], now: Date): Promise<number> {
  const due = items.filter(
    (item) => item.publishedAt <= now && now.getTime() - item.publishedAt.getTime() < FRESH_FOR_MS,
  );
  if (due.length === 0) return 0;
  const keyOf = (item: ListItem) => `${item.lang}:${item.id}`;
  const known = await db
    .select({ item: listAnnouncements.item })
    .from(listAnnouncements)
    .where(inArray(listAnnouncements.item, due.map(keyOf)));
  const announced = new Set(known.map((row) => row.item));
  const fresh = due.filter((item) => !announced.has(keyOf(item)));
  if (fresh.length === 0) return 0;
  let queued = 0;
  await db.transaction(async (tx) => {
    for (const lang of languages) {
      const ofLang = fresh.filter((item) => item.lang === lang);
      if (ofLang.length === 0) continue;
      const subscribers = await tx
        .select()
        .from(listSubscribers)
        .where(and(eq(listSubscribers.status, 'confirmed'), eq(listSubscribers.lang, lang)));
      const claimed = await tx
        .insert(listAnnouncements)
        .values(
          ofLang.map((item) => ({ item: keyOf(item), announcedAt: now, recipients: subscribers.length })),
        )
        .onConflictDoNothing()
        .returning({ item: listAnnouncements.item });
      const claimedKeys = new Set(claimed.map((row) => row.item));
      const mailed = ofLang.filter((item) => claimedKeys.has(keyOf(item)));
      if (mailed.length === 0) continue;
      const t = getTranslator(lang);
      const list = mailed
        .map(
          (item) =>
            `• ${item.title}\n  ${item.summary}\n  ${new URL(item.path, getConfig().publicSiteUrl).href}`,
        )
        .join('\n\n');
      for (const subscriber of subscribers) {
        await queueMail(tx, {
          subscriberId: subscriber.id,
          to: subscriber.email,
          subject: t('list.mail.digest.subject', { count: mailed.length }),
          text: t('list.mail.digest.body', {
            items: list,
            link: mailLink(lang, 'listUnsubscribe', undefined, { token: subscriber.unsubscribeToken }),
          }),
          headers: {
            'List-Unsubscribe': `<${oneClickUnsubscribeLink(subscriber.unsubscribeToken)}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        });
        queued++;
      }
    }
  });
  return queued;
}

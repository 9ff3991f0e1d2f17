import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { notificationSettings, users } from '@db/schema';
import { getTranslator } from '@/lib/i18n/translate';
import { queueMail } from '@/lib/server/mail/send';
import { mailLink, type mailPaths } from '@/lib/server/mail/site-links';
import { notify } from '@/lib/server/notifications';

/** The award messages a person is told: each has `notice.<kind>`, `mail.<kind>.subject` and `.body`. */
export type AwardNoticeKind =
  'awardNominated' | 'awardShortlisted' | 'awardAccepted' | 'awardRejected' | 'honourAnniversary';

/**
 * Tells `userId` in the app and by mail in the language they chose, in the caller's transaction:
 * the message exists exactly when the change commits. `page` is where both link to.
 */
export async function tellByNoticeAndMail(
  tx: Executor,
  userId: number,
  kind: AwardNoticeKind,
  params: Record<string, string | number>,
  page: keyof typeof mailPaths,
): Promise<void> {
  await notify(tx, { userId, kind, params, link: { route: page } });
  const [person] = await tx
    .select({ email: users.email, lang: notificationSettings.lang })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, userId));
  if (!person) return;
  const lang = person.lang ?? 'vi';
  const t = getTranslator(lang);
  await queueMail(tx, {
    userId,
    to: person.email,
    subject: t(`mail.${kind}.subject`, params),
    text: t(`mail.${kind}.body`, { ...params, link: mailLink(lang, page) }),
  });
}

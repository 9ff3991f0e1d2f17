import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { notificationSettings, users, yearlyReportReminders } from '@db/schema';
import { getTranslator } from '@/lib/i18n/translate';
import { queueMail } from '@/lib/server/mail/send';
import { mailLink } from '@/lib/server/mail/site-links';
import { notify } from '@/lib/server/notifications';

/** How often the job looks whether the reminder is due: the day it becomes due is close enough. */
export const REMINDER_EVERY_MS = 60 * 60_000;

/** The yearly report is due on 30 October (month index 9); the reminder goes a month before. */
const DUE_MONTH = 9;
const DUE_DAY = 30;

/** The calendar day `now` is in An Giang (UTC+7), as [year, month index, day]. */
function anGiangDay(now: Date): [number, number, number] {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
}

/** Whether `now` falls from 30 September to 30 October, the month before the report is due. */
export function isReminderDue(now: Date): boolean {
  const [, month, day] = anGiangDay(now);
  return (month === DUE_MONTH - 1 && day >= DUE_DAY) || (month === DUE_MONTH && day <= DUE_DAY);
}

/**
 * Reminds every officer and admin (active, email confirmed) that the year's report is due on 30
 * October: a notification and a mail in their language, once a year. The year's row in
 * `yearly_report_reminders` is claimed in the same transaction, so a second run, or another
 * instance, sends nothing. Returns how many people were reminded (0 when not due or already done).
 */
export async function sendYearlyReportReminders(db: Database, now: Date): Promise<number> {
  if (!isReminderDue(now)) return 0;
  const [year] = anGiangDay(now);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(yearlyReportReminders)
      .values({ year, sentAt: now })
      .onConflictDoNothing()
      .returning({ year: yearlyReportReminders.year });
    if (claimed.length === 0) return 0;
    const staff = await tx
      .select({ id: users.id, email: users.email, lang: notificationSettings.lang })
      .from(users)
      .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
      .where(
        and(
          inArray(users.role, ['officer', 'admin']),
          isNull(users.disabledAt),
          isNotNull(users.emailVerifiedAt),
        ),
      )
      .orderBy(sql`${users.id}`);
    const params = { year: String(year) };
    await notify(
      tx,
      ...staff.map((person) => ({
        userId: person.id,
        kind: 'yearlyReportDue' as const,
        params,
        link: { route: 'yearlyReport' },
      })),
    );
    for (const person of staff) {
      const lang = person.lang ?? 'vi';
      const t = getTranslator(lang);
      await queueMail(tx, {
        userId: person.id,
        to: person.email,
        subject: t('report.reminderSubject', params),
        text: t('report.reminderBody', { ...params, url: mailLink(lang, 'yearlyReport') }),
      });
    }
    return staff.length;
  });
}

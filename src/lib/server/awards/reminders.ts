/**
 * Each year, on the anniversary of their honour, an honoured talent is asked to update their
 * profile (a notification and a mail), so units keep their data current. The reminder of a year
 * is recorded in `honour_reminders` in the transaction that sends it, so a run on any instance,
 * any number of times, sends it once; a day the server missed is caught up the next run.
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '@db/client';
import { honourReminders, honours, talents } from '@db/schema';
import { vietnamDay } from '@/lib/awards/schedule';
import { tellByNoticeAndMail } from './tell';

/** How often the job looks; reminders are by the day, so a few times a day is plenty. */
export const REMINDER_EVERY_MS = 6 * 60 * 60 * 1000;

/** The day an honour dates from: its decision's day, else the day it was recorded (Viet Nam time). */
function honourDay(honour: { decidedOn: string | null; createdAt: Date }): string {
  return honour.decidedOn ?? vietnamDay(honour.createdAt);
}

/**
 * Sends the reminders due at `now`: for every honour in force of a talent with an account whose
 * anniversary (this year, Viet Nam time) has come, in a year after the honour's, and that has not
 * been reminded this year.
 * @returns how many reminders were sent
 */
export async function sendHonourReminders(db: Database, now: Date): Promise<number> {
  const today = vietnamDay(now);
  const year = Number(today.slice(0, 4));
  const due = await db
    .select({
      id: honours.id,
      title: honours.title,
      decidedOn: honours.decidedOn,
      createdAt: honours.createdAt,
      userId: talents.userId,
    })
    .from(honours)
    .innerJoin(talents, eq(talents.id, honours.talentId))
    .leftJoin(honourReminders, and(eq(honourReminders.honourId, honours.id), eq(honourReminders.year, year)))
    .where(and(isNull(honours.revokedAt), isNotNull(talents.userId), isNull(honourReminders.honourId)));
  let sent = 0;
  for (const honour of due) {
    const day = honourDay(honour);
    if (Number(day.slice(0, 4)) >= year || `${year}${day.slice(4)}` > today) continue;
    const done = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(honourReminders)
        .values({ honourId: honour.id, year, sentAt: now })
        .onConflictDoNothing()
        .returning({ id: honourReminders.honourId });
      if (inserted.length === 0) return false;
      const years = year - Number(day.slice(0, 4));
      await tellByNoticeAndMail(
        tx,
        honour.userId!,
        'honourAnniversary',
        { title: honour.title, years },
        'accountProfile',
      );
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}

import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { activities, activityParticipants, talents } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { checkinTiming, checkinWindow } from '@/lib/nurture/checkin-window';
import { isCheckinTokenValid } from './checkin-token';

/** What the check-in page shows before the talent confirms. */
export async function getCheckinActivity(db: Executor, activityId: number) {
  const [row] = await db
    .select({
      id: activities.id,
      title: activities.title,
      heldOn: activities.heldOn,
      startsAt: activities.startsAt,
      endsAt: activities.endsAt,
      place: activities.place,
    })
    .from(activities)
    .where(eq(activities.id, activityId));
  if (!row) throw new NotFoundError();
  return { ...row, window: checkinWindow(row) };
}

/**
 * A signed-in talent checks in at an activity with the code shown there. Refused with a message when
 * the code is stale or forged (`checkin.expired`), the talent has no profile (`checkin.noProfile`),
 * or it is not the event's time (`checkin.tooEarly`, `checkin.tooLate`). Checking in twice changes
 * nothing, and a speaker listed by an officer stays a speaker. Returns whether this scan added them.
 */
export async function checkIn(
  db: Executor,
  actor: Actor | null,
  activityId: number,
  token: string,
  secret: string,
  now: Date,
): Promise<{ added: boolean }> {
  const talent = requireRole(actor, 'talent');
  const activity = await getCheckinActivity(db, activityId);
  if (!isCheckinTokenValid(secret, activityId, token, now)) throw new InvalidInputError('checkin.expired');
  const timing = checkinTiming(activity.window, now);
  if (timing === 'early') throw new InvalidInputError('checkin.tooEarly');
  if (timing === 'late') throw new InvalidInputError('checkin.tooLate');
  const [profile] = await db.select({ id: talents.id }).from(talents).where(eq(talents.userId, talent.id));
  if (!profile) throw new InvalidInputError('checkin.noProfile');
  const added = await db
    .insert(activityParticipants)
    .values({ activityId, talentId: profile.id, role: 'attendee' })
    .onConflictDoNothing()
    .returning({ talentId: activityParticipants.talentId });
  return { added: added.length > 0 };
}

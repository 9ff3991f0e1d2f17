/**
 * What a club's moderators and staff do to a meetup once it is scheduled: change it, or call it
 * off. A cancelled meetup stays on the club's page, marked so, and takes no more RSVPs; whoever
 * said they would come is told.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type Meetup, meetupRsvps, meetups } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { changedValues, recordStaffAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { notify } from '@/lib/server/notifications';
import { requireModeratedClub } from './access';
import { checkMeetupInput, type MeetupInput, meetupSubject } from './meetups';

/** A meetup still ahead and not cancelled, with its club, once `actor` is known to moderate it. */
async function requireChangeableMeetup(tx: Executor, actor: Actor, meetupId: number, now: Date) {
  const [meetup] = await tx.select().from(meetups).where(eq(meetups.id, meetupId));
  if (!meetup) throw new NotFoundError();
  const club = await requireModeratedClub(tx, actor, meetup.clubId);
  if (meetup.cancelledAt) throw new InvalidInputError('community.meetupCancelled');
  if (meetup.startsAt.getTime() <= now.getTime()) throw new InvalidInputError('community.meetupOver');
  return { meetup, club };
}

/**
 * Changes a meetup ahead. The capacity may not fall below the seats already taken: those who
 * answered keep their seat.
 */
export async function updateMeetup(
  db: Database,
  actor: Actor,
  meetupId: number,
  input: MeetupInput,
  now = clock.now(),
): Promise<Meetup> {
  checkMeetupInput(input, now);
  return db.transaction(async (tx) => {
    const { meetup } = await requireChangeableMeetup(tx, actor, meetupId, now);
    if (input.capacity !== null && input.capacity < meetup.goingCount) {
      throw new InvalidInputError('community.capacityBelowGoing', 'capacity');
    }
    const [changed] = await tx.update(meetups).set(input).where(eq(meetups.id, meetupId)).returning();
    const change = changedValues<MeetupInput>(meetup, input);
    if (change)
      await recordStaffAudit(tx, { ...meetupSubject(actor, changed!), action: 'meetup.update', ...change });
    return changed!;
  });
}

/** Calls a meetup off and tells everyone who said yes; the RSVPs stay as the record of who was told. */
export async function cancelMeetup(db: Database, actor: Actor, meetupId: number, now = clock.now()) {
  await db.transaction(async (tx) => {
    const { meetup, club } = await requireChangeableMeetup(tx, actor, meetupId, now);
    const [cancelled] = await tx
      .update(meetups)
      .set({ cancelledAt: now })
      .where(and(eq(meetups.id, meetupId), isNull(meetups.cancelledAt)))
      .returning({ id: meetups.id });
    if (!cancelled) return;
    await recordStaffAudit(tx, {
      ...meetupSubject(actor, meetup),
      action: 'meetup.cancel',
      before: { cancelledAt: null },
      after: { cancelledAt: now },
    });
    const going = await tx
      .select({ userId: meetupRsvps.userId })
      .from(meetupRsvps)
      .where(eq(meetupRsvps.meetupId, meetupId));
    await notify(
      tx,
      ...going
        .filter((row) => row.userId !== actor.id)
        .map((row) => ({
          userId: row.userId,
          kind: 'meetupCancelled' as const,
          params: { meetup: meetup.title, club: club.name },
          link: { route: 'club' as const, params: { slug: club.slug } },
        })),
    );
  });
}

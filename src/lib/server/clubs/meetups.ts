/**
 * A club's meetups and their RSVPs. A seat is taken by one conditional UPDATE of `going_count`
 * (`going_count < capacity`), so two people racing for the last seat cannot both get it.
 */
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Meetup, meetupRsvps, meetups } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordStaffAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { isHttpUrl } from '@/lib/http-url';
import { getMembership, requireClub, requireModeratedClub, requireParticipant } from './access';

export const MAX_MEETUP_TITLE = 160;
export const MAX_MEETUP_PLACE = 300;

export interface MeetupInput {
  title: string;
  startsAt: Date;
  place: string;
  onlineUrl: string | null;
  capacity: number | null;
}

/** The actor and subject of a meetup's audit entries (staff's changes only: see recordStaffAudit). */
export const meetupSubject = (actor: Actor, meetup: Pick<Meetup, 'id' | 'title'>) =>
  ({ actor, subjectType: 'meetup', subjectId: meetup.id, subjectLabel: meetup.title }) as const;

/**
 * Refuses a meetup without a place or an online link, with a link that is not http(s), or dated
 * before `now`: the one check for scheduling and for editing.
 */
export function checkMeetupInput(input: MeetupInput, now: Date): void {
  if (!input.place && !input.onlineUrl) throw new InvalidInputError('community.placeOrLink', 'place');
  if (input.onlineUrl && !isHttpUrl(input.onlineUrl)) {
    throw new InvalidInputError('community.linkInvalid', 'onlineUrl');
  }
  if (input.startsAt.getTime() <= now.getTime()) {
    throw new InvalidInputError('community.meetupInPast', 'startsAt');
  }
}

/** A moderator schedules a meetup; it needs a place or an online link, and a date ahead. */
export async function createMeetup(
  db: Database,
  actor: Actor,
  clubId: number,
  input: MeetupInput,
  now = clock.now(),
): Promise<Meetup> {
  checkMeetupInput(input, now);
  return db.transaction(async (tx) => {
    await requireModeratedClub(tx, actor, clubId);
    const [meetup] = await tx
      .insert(meetups)
      .values({ ...input, clubId, createdBy: actor.id })
      .returning();
    await recordStaffAudit(tx, {
      ...meetupSubject(actor, meetup!),
      action: 'meetup.create',
      after: { clubId, ...input },
    });
    return meetup!;
  });
}

/**
 * Takes a seat for an active member. Answering twice is harmless.
 * @throws InvalidInputError (`community.meetupFull`) when no seat is left
 */
export async function rsvpMeetup(db: Database, actor: Actor, meetupId: number, now = clock.now()) {
  requireParticipant(actor);
  await db.transaction(async (tx) => {
    const [meetup] = await tx.select().from(meetups).where(eq(meetups.id, meetupId));
    if (!meetup || meetup.startsAt.getTime() <= now.getTime()) throw new NotFoundError();
    if (meetup.cancelledAt) throw new InvalidInputError('community.meetupCancelled');
    await requireClub(tx, actor, meetup.clubId);
    const membership = await getMembership(tx, meetup.clubId, actor.id);
    if (membership?.status !== 'active') throw new ForbiddenError('community.membersOnly');
    const added = await tx
      .insert(meetupRsvps)
      .values({ meetupId, userId: actor.id })
      .onConflictDoNothing()
      .returning({ meetupId: meetupRsvps.meetupId });
    if (added.length === 0) return;
    const seated = await tx
      .update(meetups)
      .set({ goingCount: sql`${meetups.goingCount} + 1` })
      .where(
        and(
          eq(meetups.id, meetupId),
          sql`(${meetups.capacity} IS NULL OR ${meetups.goingCount} < ${meetups.capacity})`,
        ),
      )
      .returning({ id: meetups.id });
    // Throwing rolls the RSVP row back with the transaction.
    if (seated.length === 0) throw new InvalidInputError('community.meetupFull');
  });
}

export async function cancelRsvp(db: Database, actor: Actor, meetupId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(meetupRsvps)
      .where(and(eq(meetupRsvps.meetupId, meetupId), eq(meetupRsvps.userId, actor.id)))
      .returning({ meetupId: meetupRsvps.meetupId });
    if (removed.length === 0) return;
    await tx
      .update(meetups)
      .set({ goingCount: sql`${meetups.goingCount} - 1` })
      .where(eq(meetups.id, meetupId));
  });
}

export interface MeetupListing extends Meetup {
  /** Whether the reader has a seat. */
  going: boolean;
}

/** A club's next meetups, soonest first, and its latest past ones. */
export async function listClubMeetups(
  db: Database,
  clubId: number,
  userId: number | undefined,
  now = clock.now(),
): Promise<{ upcoming: MeetupListing[]; past: Meetup[] }> {
  const [upcoming, past] = await Promise.all([
    db
      .select()
      .from(meetups)
      .where(and(eq(meetups.clubId, clubId), gte(meetups.startsAt, now)))
      .orderBy(asc(meetups.startsAt))
      .limit(5),
    db
      .select()
      .from(meetups)
      .where(and(eq(meetups.clubId, clubId), lt(meetups.startsAt, now)))
      .orderBy(desc(meetups.startsAt))
      .limit(3),
  ]);
  const seats =
    userId === undefined || upcoming.length === 0
      ? []
      : await db
          .select({ id: meetupRsvps.meetupId })
          .from(meetupRsvps)
          .where(
            and(
              eq(meetupRsvps.userId, userId),
              inArray(
                meetupRsvps.meetupId,
                upcoming.map((m) => m.id),
              ),
            ),
          );
  const mine = new Set(seats.map((s) => s.id));
  return { upcoming: upcoming.map((m) => ({ ...m, going: mine.has(m.id) })), past };
}

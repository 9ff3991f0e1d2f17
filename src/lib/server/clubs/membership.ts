/**
 * Joining and leaving clubs, and what moderators do to memberships. `clubs.member_count` changes in
 * the transaction that changes a membership, and only when a row really changed (a RETURNING row),
 * so concurrent joins — each its own IMMEDIATE transaction — never count twice.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { clubMemberships, clubs, type MembershipStatus } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit, recordStaffAudit } from '@/lib/server/audit/record';
import { notify } from '@/lib/server/notifications';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import {
  clubSubject,
  getMembership,
  isClubStaff,
  requireClub,
  requireModeratedClub,
  requireParticipant,
} from './access';

async function changeCount(tx: Executor, clubId: number, delta: number) {
  await tx
    .update(clubs)
    .set({ memberCount: sql`${clubs.memberCount} + ${delta}` })
    .where(eq(clubs.id, clubId));
}

/**
 * Joins an open club at once, or asks to join a club by approval.
 * @returns the membership's status after the call
 * @throws ForbiddenError for a banned member or an employer; NotFoundError for a club not active
 */
export async function joinClub(db: Database, actor: Actor, clubId: number): Promise<MembershipStatus> {
  requireParticipant(actor);
  return db.transaction(async (tx) => {
    const club = await requireClub(tx, actor, clubId);
    if (club.status !== 'active') throw new NotFoundError();
    const status = club.joinPolicy === 'open' ? 'active' : 'pending';
    const inserted = await tx
      .insert(clubMemberships)
      .values({ clubId, userId: actor.id, status })
      .onConflictDoNothing()
      .returning({ status: clubMemberships.status });
    if (inserted.length === 0) {
      const existing = await getMembership(tx, clubId, actor.id);
      if (existing?.status === 'banned') throw new ForbiddenError('community.banned');
      return existing!.status;
    }
    if (status === 'active') await changeCount(tx, clubId, 1);
    return status;
  });
}

/** Leaves a club or withdraws a request; a ban stays. */
export async function leaveClub(db: Database, actor: Actor, clubId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [left] = await tx
      .delete(clubMemberships)
      .where(
        and(
          eq(clubMemberships.clubId, clubId),
          eq(clubMemberships.userId, actor.id),
          sql`${clubMemberships.status} <> 'banned'`,
        ),
      )
      .returning({ status: clubMemberships.status });
    if (left?.status === 'active') await changeCount(tx, clubId, -1);
  });
}

export type MemberDecision = 'approve' | 'decline' | 'remove' | 'ban' | 'unban';

/**
 * What a moderator does to one member: approve or decline a request, remove, ban or lift a ban.
 * Only the club's staff may remove or ban a moderator.
 */
export async function decideMember(
  db: Database,
  actor: Actor,
  clubId: number,
  userId: number,
  decision: MemberDecision,
): Promise<void> {
  await db.transaction(async (tx) => {
    const club = await requireModeratedClub(tx, actor, clubId);
    if (userId === actor.id) throw new InvalidInputError('community.notYourself');
    const target = await getMembership(tx, clubId, userId);
    if (target?.role === 'moderator' && !isClubStaff(actor, club)) throw new ForbiddenError();
    const where = and(eq(clubMemberships.clubId, clubId), eq(clubMemberships.userId, userId));
    if (decision === 'approve') {
      if (target?.status !== 'pending') throw new NotFoundError();
      await tx.update(clubMemberships).set({ status: 'active' }).where(where);
      await changeCount(tx, clubId, 1);
      await notify(tx, {
        userId,
        kind: 'clubJoinApproved',
        params: { club: club.name },
        link: { route: 'club', params: { slug: club.slug } },
      });
    } else if (decision === 'decline' || decision === 'remove' || decision === 'unban') {
      const wanted = { decline: 'pending', remove: 'active', unban: 'banned' } as const;
      if (target?.status !== wanted[decision]) throw new NotFoundError();
      await tx.delete(clubMemberships).where(where);
      if (decision === 'remove') await changeCount(tx, clubId, -1);
    } else {
      await tx
        .insert(clubMemberships)
        .values({ clubId, userId, status: 'banned' })
        .onConflictDoUpdate({
          target: [clubMemberships.clubId, clubMemberships.userId],
          set: { status: 'banned', role: 'member' },
        });
      if (target?.status === 'active') await changeCount(tx, clubId, -1);
    }
    const status = { approve: 'active', ban: 'banned', decline: null, remove: null, unban: null }[decision];
    await recordStaffAudit(tx, {
      ...clubSubject(actor, club),
      action: 'club.member',
      before: { userId, status: target?.status ?? null },
      after: { userId, decision, status },
    });
  });
}

/** Staff appoint an active member as moderator, or make a moderator a member again. */
export async function setModerator(
  db: Database,
  actor: Actor,
  clubId: number,
  userId: number,
  moderator: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    const club = await requireClub(tx, actor, clubId);
    if (!isClubStaff(actor, club)) throw new ForbiddenError();
    const target = await getMembership(tx, clubId, userId);
    const [changed] = await tx
      .update(clubMemberships)
      .set({ role: moderator ? 'moderator' : 'member' })
      .where(
        and(
          eq(clubMemberships.clubId, clubId),
          eq(clubMemberships.userId, userId),
          eq(clubMemberships.status, 'active'),
        ),
      )
      .returning({ userId: clubMemberships.userId });
    if (!changed) throw new NotFoundError();
    await recordAudit(tx, {
      ...clubSubject(actor, club),
      action: 'club.moderator',
      before: { userId, role: target?.role ?? null },
      after: { userId, role: moderator ? 'moderator' : 'member' },
    });
  });
}

/**
 * Who may do what in a club: the one place that answers it, for the club's pages, its forum and
 * its actions. Officers act on the clubs of their own unit, admins on every club; a club's
 * moderators act on that club only.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type Club, clubMemberships, type ClubMembership, clubs } from '@db/schema';
import { type Actor, canManageUnit } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';

export type Membership = Pick<ClubMembership, 'role' | 'status'>;

/**
 * Whether staff may run a club: admins every club, officers the clubs of their unit. A club of a
 * field only, with no unit, is the province's: admins run it.
 */
export function isClubStaff(actor: Actor | null, club: Pick<Club, 'unitId'>): boolean {
  if (!actor?.emailVerified || (actor.role !== 'officer' && actor.role !== 'admin')) return false;
  if (actor.role === 'admin') return true;
  return club.unitId !== null && canManageUnit(actor, club.unitId);
}

/** Whether `actor` moderates the club: its staff, or an active moderator of this very club. */
export function canModerateClub(
  actor: Actor | null,
  club: Pick<Club, 'unitId'>,
  membership: Membership | undefined,
): boolean {
  if (isClubStaff(actor, club)) return true;
  return !!actor?.emailVerified && membership?.status === 'active' && membership.role === 'moderator';
}

export async function getMembership(
  tx: Executor,
  clubId: number,
  userId: number | undefined,
): Promise<Membership | undefined> {
  if (userId === undefined) return undefined;
  const [row] = await tx
    .select({ role: clubMemberships.role, status: clubMemberships.status })
    .from(clubMemberships)
    .where(and(eq(clubMemberships.clubId, clubId), eq(clubMemberships.userId, userId)));
  return row;
}

/** Loads a club by id for an action; a proposed club exists only for its staff and its proposer. */
export async function requireClub(tx: Executor, actor: Actor | null, clubId: number): Promise<Club> {
  const [club] = await tx.select().from(clubs).where(eq(clubs.id, clubId));
  if (!club) throw new NotFoundError();
  if (club.status !== 'active' && !isClubStaff(actor, club) && club.createdBy !== actor?.id) {
    throw new NotFoundError();
  }
  return club;
}

/** Loads a club and throws ForbiddenError unless `actor` moderates it. */
export async function requireModeratedClub(tx: Executor, actor: Actor | null, clubId: number) {
  const club = await requireClub(tx, actor, clubId);
  const membership = await getMembership(tx, club.id, actor?.id);
  if (!canModerateClub(actor, club, membership)) throw new ForbiddenError();
  return club;
}

/** The actor and subject of a club's audit entries. */
export const clubSubject = (actor: Actor, club: Pick<Club, 'id' | 'name'>) =>
  ({ actor, subjectType: 'club', subjectId: club.id, subjectLabel: club.name }) as const;

/** Signed in with a confirmed email and not an employer: who may take part in clubs and forums. */
export function requireParticipant(actor: Actor | null): Actor {
  if (!actor?.emailVerified) throw new ForbiddenError();
  if (actor.role === 'employer') throw new ForbiddenError('community.employersCannotJoin');
  return actor;
}

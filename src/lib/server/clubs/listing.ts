/**
 * Reading clubs: the index by field and area, a club's page (members as each chose to be seen),
 * and the proposals waiting for an officer.
 */
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Club, clubMemberships, clubs, forums, talents, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { canViewPart, LISTED_STATUSES, type Viewer } from '@/lib/visibility';
import { viewerOf } from '@/lib/server/auth/actor';
import { requireStaff } from '@/lib/server/officers/scope';
import { canModerateClub, getMembership, isClubStaff, type Membership } from './access';

export const CLUBS_PER_PAGE = 24;
export const MEMBERS_PER_PAGE = 60;

export interface ClubFilters {
  fieldId?: number;
  unitId?: number;
}

/** Active clubs, by name, keyset-paged on the slug; filtered by field or area. */
export async function listClubs(
  db: Database,
  filters: ClubFilters,
  after: string | null,
): Promise<{ clubs: Club[]; next: string | null }> {
  const where: (SQL | undefined)[] = [eq(clubs.status, 'active')];
  if (filters.fieldId !== undefined) where.push(eq(clubs.fieldId, filters.fieldId));
  if (filters.unitId !== undefined) where.push(eq(clubs.unitId, filters.unitId));
  if (after !== null) where.push(gt(clubs.slug, after));
  const rows = await db
    .select()
    .from(clubs)
    .where(and(...where))
    .orderBy(asc(clubs.slug))
    .limit(CLUBS_PER_PAGE + 1);
  const page = rows.slice(0, CLUBS_PER_PAGE);
  return { clubs: page, next: rows.length > CLUBS_PER_PAGE ? page.at(-1)!.slug : null };
}

/** Clubs proposed by talents that `actor` may approve (their unit's; admins every one). */
export async function listProposedClubs(db: Database, actor: Actor): Promise<Club[]> {
  requireStaff(actor);
  const rows = await db
    .select()
    .from(clubs)
    .where(eq(clubs.status, 'proposed'))
    .orderBy(asc(clubs.id))
    .limit(100);
  return rows.filter((club) => isClubStaff(actor, club));
}

export interface ClubMember {
  userId: number;
  name: string;
  /** The member's profile, when the reader may see it. */
  slug: string | null;
  role: 'member' | 'moderator';
  status: 'pending' | 'active' | 'banned';
}

export interface ClubPage {
  club: Club;
  forumSlug: string;
  forumId: number;
  membership: Membership | undefined;
  canModerate: boolean;
  isStaff: boolean;
  members: ClubMember[];
  /** Active members the reader may not see: counted, never named. */
  unlistedMembers: number;
  /** Moderators only: requests and bans. */
  pending: ClubMember[];
  banned: ClubMember[];
}

/**
 * A club's page for `actor`. A member is named when the reader may see their profile (the one
 * visibility rule); moderators are named to everyone signed in, since they act in the club's name.
 * Moderators also see every member, requests and bans, to manage them.
 */
export async function getClubPage(db: Database, actor: Actor | null, slug: string): Promise<ClubPage> {
  const [row] = await db
    .select({ club: clubs, forumSlug: forums.slug, forumId: forums.id })
    .from(clubs)
    .innerJoin(forums, eq(forums.clubId, clubs.id))
    .where(eq(clubs.slug, slug));
  if (!row) throw new NotFoundError();
  const { club } = row;
  const isStaff = isClubStaff(actor, club);
  if (club.status !== 'active' && !isStaff && club.createdBy !== actor?.id) throw new NotFoundError();
  const membership = await getMembership(db, club.id, actor?.id);
  const canModerate = canModerateClub(actor, club, membership);
  const load = (status: ClubMember['status'], limit: number) =>
    db
      .select({
        userId: clubMemberships.userId,
        displayName: users.displayName,
        role: clubMemberships.role,
        status: clubMemberships.status,
        talentSlug: talents.slug,
        talentName: talents.fullName,
        talentStatus: talents.status,
        talentUnitId: talents.unitId,
        visibility: talents.visibility,
      })
      .from(clubMemberships)
      .innerJoin(users, eq(users.id, clubMemberships.userId))
      .leftJoin(talents, eq(talents.userId, clubMemberships.userId))
      .where(and(eq(clubMemberships.clubId, club.id), eq(clubMemberships.status, status)))
      .orderBy(asc(clubMemberships.userId))
      .limit(limit);
  const toMember = (r: Awaited<ReturnType<typeof load>>[number]) => {
    const viewer: Viewer = viewerOf(actor, r.talentUnitId ?? undefined, r.userId);
    const visible =
      r.talentSlug !== null &&
      (LISTED_STATUSES as readonly string[]).includes(r.talentStatus!) &&
      canViewPart(viewer, r.visibility!, 'profile');
    return {
      visible,
      member: {
        userId: r.userId,
        name: visible ? r.talentName! : r.displayName,
        slug: visible ? r.talentSlug : null,
        role: r.role,
        status: r.status,
      } satisfies ClubMember,
    };
  };
  const [active, pendingRows, bannedRows] = await Promise.all([
    load('active', MEMBERS_PER_PAGE * 2),
    canModerate ? load('pending', 200) : [],
    canModerate ? load('banned', 200) : [],
  ]);
  const members = active
    .map(toMember)
    .filter(
      ({ visible, member }) => visible || canModerate || (member.role === 'moderator' && actor !== null),
    )
    .slice(0, MEMBERS_PER_PAGE)
    .map(({ member }) => member);
  const pending = pendingRows.map((r) => toMember(r).member);
  const banned = bannedRows.map((r) => toMember(r).member);
  return {
    club,
    forumSlug: row.forumSlug,
    forumId: row.forumId,
    membership,
    canModerate,
    isStaff,
    members,
    unlistedMembers: Math.max(0, club.memberCount - members.length),
    pending,
    banned,
  };
}

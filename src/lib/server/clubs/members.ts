/**
 * A club's members as a reader sees them, a page at a time. Pages are keyset ranges of the index
 * (club, status, user), so a page costs the same in a club of 60 members as in one of 60,000.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Club, clubMemberships, talents, users } from '@db/schema';
import { type Actor, viewerOf } from '@/lib/server/auth/actor';
import { hiddenUserIds } from '@/lib/server/connections/blocks';
import { canViewPart, LISTED_STATUSES } from '@/lib/visibility';
import { isClubStaff } from './access';

/** Memberships read per page of members; those the reader may not see are counted, not named. */
export const MEMBERS_PER_PAGE = 60;
/** Requests and bans listed to moderators, oldest accounts first. */
const QUEUE_LIMIT = 200;

export interface ClubMember {
  userId: number;
  name: string;
  /** The member's profile, when the reader may see it. */
  slug: string | null;
  role: 'member' | 'moderator';
  status: 'pending' | 'active' | 'banned';
}

export interface ClubMembersPage {
  members: ClubMember[];
  /** Active members of this page the reader may not see: counted, never named. */
  unlisted: number;
  /** The cursor of the next page (a user id), or null on the last. */
  next: number | null;
  /** Moderators only: requests and bans. */
  pending: ClubMember[];
  banned: ClubMember[];
}

function loadMemberships(
  db: Database,
  clubId: number,
  status: ClubMember['status'],
  after: number,
  limit: number,
) {
  return db
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
    .where(
      and(
        eq(clubMemberships.clubId, clubId),
        eq(clubMemberships.status, status),
        gt(clubMemberships.userId, after),
      ),
    )
    .orderBy(asc(clubMemberships.userId))
    .limit(limit);
}

type MembershipRow = Awaited<ReturnType<typeof loadMemberships>>[number];

/**
 * The page of members after user `after` (0: the first). A member is named with their profile
 * when the reader may see it (the one visibility rule); moderators are named to everyone signed
 * in, since they act in the club's name. The club's moderators see every member, to manage them.
 * A block hides each person from the other here as everywhere; the club's staff see all.
 */
export async function listClubMembers(
  db: Database,
  actor: Actor | null,
  club: Club,
  canModerate: boolean,
  after: number,
): Promise<ClubMembersPage> {
  const [rows, hidden, pendingRows, bannedRows] = await Promise.all([
    loadMemberships(db, club.id, 'active', after, MEMBERS_PER_PAGE + 1),
    actor && !isClubStaff(actor, club) ? hiddenUserIds(db, actor.id) : new Set<number>(),
    canModerate && after === 0 ? loadMemberships(db, club.id, 'pending', 0, QUEUE_LIMIT) : [],
    canModerate && after === 0 ? loadMemberships(db, club.id, 'banned', 0, QUEUE_LIMIT) : [],
  ]);
  const page = rows.slice(0, MEMBERS_PER_PAGE);
  const toMember = (row: MembershipRow): { visible: boolean; member: ClubMember } => {
    const viewer = viewerOf(actor, row.talentUnitId ?? undefined, row.userId);
    const visible =
      row.talentSlug !== null &&
      (LISTED_STATUSES as readonly string[]).includes(row.talentStatus!) &&
      canViewPart(viewer, row.visibility!, 'profile');
    const member = {
      userId: row.userId,
      name: visible ? row.talentName! : row.displayName,
      slug: visible ? row.talentSlug : null,
      role: row.role,
      status: row.status,
    };
    return { visible, member };
  };
  const named = (row: MembershipRow) => {
    if (hidden.has(row.userId)) return false;
    const { visible, member } = toMember(row);
    return visible || canModerate || (member.role === 'moderator' && actor !== null);
  };
  const members = page.filter(named).map((row) => toMember(row).member);
  const queue = (list: MembershipRow[]) =>
    list.filter((row) => !hidden.has(row.userId)).map((row) => toMember(row).member);
  return {
    members,
    unlisted: page.length - members.length,
    next: rows.length > MEMBERS_PER_PAGE ? page.at(-1)!.userId : null,
    pending: queue(pendingRows),
    banned: queue(bannedRows),
  };
}

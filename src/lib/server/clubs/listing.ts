/**
 * Reading clubs: the index by field and area, a club's page (its members: ./members.ts), and the
 * proposals waiting for an officer.
 */
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Club, clubs, forums } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { requireStaff } from '@/lib/server/officers/scope';
import { canModerateClub, getMembership, isClubStaff, type Membership } from './access';
import { type ClubMembersPage, listClubMembers } from './members';

export const CLUBS_PER_PAGE = 24;

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

export interface ClubPage extends ClubMembersPage {
  club: Club;
  forumSlug: string;
  forumId: number;
  membership: Membership | undefined;
  canModerate: boolean;
  isStaff: boolean;
}

/**
 * A club's page for `actor`, with the page of members after user `after` (0: the first); 404 for
 * a club that is not active, except to its staff and its proposer.
 */
export async function getClubPage(
  db: Database,
  actor: Actor | null,
  slug: string,
  after = 0,
): Promise<ClubPage> {
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
  const members = await listClubMembers(db, actor, club, canModerate, after);
  return {
    ...members,
    club,
    forumSlug: row.forumSlug,
    forumId: row.forumId,
    membership,
    canModerate,
    isStaff,
  };
}

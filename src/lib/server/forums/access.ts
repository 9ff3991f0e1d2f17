/**
 * Who may read, post in and moderate a forum: the one rule the forum pages and actions ask.
 * A field's forum is open to everyone signed in and moderated by officers; a club's forum follows
 * its club (members only, or everyone signed in) and is moderated by the club's moderators and staff.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type Club, clubs, type Field, fields, type Forum, forums } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { canModerateClub, getMembership, isClubStaff, type Membership } from '@/lib/server/clubs/access';

export interface ForumContext {
  forum: Forum;
  club: Club | null;
  field: Field | null;
  membership: Membership | undefined;
  canRead: boolean;
  canPost: boolean;
  canModerate: boolean;
}

function isParticipant(actor: Actor | null): actor is Actor {
  return !!actor?.emailVerified && actor.role !== 'employer';
}

/** The rights of `actor` in `forum`. */
export async function forumContext(tx: Executor, actor: Actor | null, forum: Forum): Promise<ForumContext> {
  if (forum.clubId === null) {
    const [field] = await tx.select().from(fields).where(eq(fields.id, forum.fieldId!));
    const staff = !!actor?.emailVerified && (actor.role === 'officer' || actor.role === 'admin');
    return {
      forum,
      club: null,
      field: field ?? null,
      membership: undefined,
      canRead: actor !== null,
      canPost: isParticipant(actor),
      canModerate: staff,
    };
  }
  const [club] = await tx.select().from(clubs).where(eq(clubs.id, forum.clubId));
  if (!club || (club.status !== 'active' && !isClubStaff(actor, club))) throw new NotFoundError();
  const membership = await getMembership(tx, club.id, actor?.id);
  const canModerate = canModerateClub(actor, club, membership);
  const member = membership?.status === 'active';
  const banned = membership?.status === 'banned';
  return {
    forum,
    club,
    field: null,
    membership,
    canRead: canModerate || member || (club.forumAudience === 'signed_in' && actor !== null && !banned),
    canPost: isParticipant(actor) && (member || canModerate),
    canModerate,
  };
}

/**
 * The forum at `slug` and the reader's rights; a field's forum is made on first visit, since
 * officers may add fields at any time.
 */
export async function getForumBySlug(tx: Executor, actor: Actor | null, slug: string) {
  let [forum] = await tx.select().from(forums).where(eq(forums.slug, slug));
  if (!forum) {
    const [field] = await tx.select({ id: fields.id }).from(fields).where(eq(fields.slug, slug));
    if (!field) return null;
    await tx.insert(forums).values({ slug, fieldId: field.id }).onConflictDoNothing();
    [forum] = await tx.select().from(forums).where(eq(forums.slug, slug));
  }
  return forumContext(tx, actor, forum!);
}

export async function getForumById(tx: Executor, actor: Actor | null, forumId: number) {
  const [forum] = await tx.select().from(forums).where(eq(forums.id, forumId));
  if (!forum) throw new NotFoundError();
  return forumContext(tx, actor, forum);
}

/** Throws unless the reader may read: a club's members-only forum says so rather than hiding. */
export function requireRead(context: ForumContext): ForumContext {
  if (!context.canRead) throw new ForbiddenError('community.membersOnly');
  return context;
}

export function requirePost(context: ForumContext): ForumContext {
  if (!context.canPost) throw new ForbiddenError('community.cannotPost');
  return context;
}

export function requireModerate(context: ForumContext): ForumContext {
  if (!context.canModerate) throw new ForbiddenError();
  return context;
}

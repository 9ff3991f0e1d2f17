/**
 * Where a moderator may move a thread: the forums they also moderate (the rule of `forumContext`),
 * listed for the move form's drop-down. The move itself checks the target again on the server.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { clubMemberships, clubs, forums } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { fieldName, listFields } from '@/lib/server/fields';
import type { Lang } from '@/lib/i18n/languages';
import type { ForumContext } from './access';

export interface MoveTarget {
  slug: string;
  name: string;
}

/** Clubs offered to an admin, who moderates them all: enough for a drop-down, in name order. */
const MAX_CLUB_TARGETS = 300;

function isStaff(actor: Actor): boolean {
  return actor.emailVerified && (actor.role === 'officer' || actor.role === 'admin');
}

/** Forums of the active clubs `actor` moderates as a member, or runs as staff. */
async function moderatedClubForums(db: Database, actor: Actor): Promise<MoveTarget[]> {
  const byMembership = db
    .select({ slug: forums.slug, name: clubs.name })
    .from(clubMemberships)
    .innerJoin(clubs, eq(clubs.id, clubMemberships.clubId))
    .innerJoin(forums, eq(forums.clubId, clubs.id))
    .where(
      and(
        eq(clubMemberships.userId, actor.id),
        eq(clubMemberships.status, 'active'),
        eq(clubMemberships.role, 'moderator'),
        eq(clubs.status, 'active'),
      ),
    );
  if (!actor.emailVerified) return [];
  if (!isStaff(actor)) return byMembership;
  const staffClubs = db
    .select({ slug: forums.slug, name: clubs.name })
    .from(clubs)
    .innerJoin(forums, eq(forums.clubId, clubs.id))
    .where(
      actor.role === 'admin'
        ? eq(clubs.status, 'active')
        : and(eq(clubs.status, 'active'), eq(clubs.unitId, actor.unitId ?? -1)),
    )
    .orderBy(asc(clubs.name))
    .limit(MAX_CLUB_TARGETS);
  const [own, staff] = await Promise.all([byMembership, staffClubs]);
  return [...own, ...staff];
}

/**
 * The forums a thread of `from` may be moved to by `actor`, by name, `from` itself left out:
 * every field's forum for staff, and the clubs' forums they moderate.
 */
export async function listMoveTargets(
  db: Database,
  actor: Actor,
  from: ForumContext,
  lang: Lang,
): Promise<MoveTarget[]> {
  if (!from.canModerate) return [];
  const [clubTargets, fields] = await Promise.all([
    moderatedClubForums(db, actor),
    isStaff(actor) ? listFields(db) : [],
  ]);
  const fieldTargets = fields.map((field) => ({ slug: field.slug, name: fieldName(field, lang) }));
  const bySlug = new Map([...fieldTargets, ...clubTargets].map((target) => [target.slug, target]));
  bySlug.delete(from.forum.slug);
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, lang));
}

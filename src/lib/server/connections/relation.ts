import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@db/client';
import { contactRequests, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { shortlistNoteOf } from '@/lib/server/employers/shortlist';
import { isMinor } from '@/lib/visibility';
import * as clock from '@/lib/server/clock';
import { connectionWith } from './lists';
import { isKnownMinor } from './reach';

/** What a signed-in viewer may do about a profile they can see, for its page's buttons. */
export type Relation =
  | { kind: 'none' }
  | {
      kind: 'member';
      /** The talent's account, for blocking. */
      connection: Awaited<ReturnType<typeof connectionWith>>;
      /** A connection request would go through an officer first. */
      brokered: boolean;
    }
  | {
      kind: 'employer';
      verified: boolean;
      /** Open to opportunities, or a minor (whose requests an officer brokers). */
      contactable: boolean;
      minor: boolean;
      /** A request of theirs still waits. */
      requestOpen: boolean;
      /** The private note when the talent is on the shortlist. */
      shortlistNote: string | null;
    };

/**
 * How `actor` stands with the talent at `slug` (a profile the page already found visible to them):
 * nothing to offer on one's own profile, to officers, or for a profile without an account.
 */
export async function relationTo(db: Database, actor: Actor | null, slug: string): Promise<Relation> {
  if (!actor || !actor.emailVerified) return { kind: 'none' };
  const [talent] = await db.select().from(talents).where(eq(talents.slug, slug)).limit(1);
  if (!talent?.userId || talent.userId === actor.id) return { kind: 'none' };
  const minor = isMinor(talent.birthYear, clock.currentYear());
  if (actor.role === 'talent') {
    const connection = await connectionWith(db, actor, talent.userId);
    return { kind: 'member', connection, brokered: minor && !(await isKnownMinor(db, actor.id)) };
  }
  if (actor.role !== 'employer') return { kind: 'none' };
  if (!actor.employerVerified)
    return {
      kind: 'employer',
      verified: false,
      contactable: false,
      minor,
      requestOpen: false,
      shortlistNote: null,
    };
  const [open] = await db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.employerId, actor.id),
        eq(contactRequests.talentId, talent.id),
        inArray(contactRequests.status, ['awaiting_officer', 'pending']),
      ),
    );
  return {
    kind: 'employer',
    verified: true,
    contactable: minor || talent.openToOpportunities,
    minor,
    requestOpen: open !== undefined,
    shortlistNote: await shortlistNoteOf(db, actor, slug),
  };
}

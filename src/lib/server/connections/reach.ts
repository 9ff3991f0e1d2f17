import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { talents, users } from '@db/schema';
import { type Actor, viewerOf } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { canViewPart, isMinor, LISTED_STATUSES } from '@/lib/visibility';
import * as clock from '@/lib/server/clock';
import { isEitherBlocked } from './blocks';

/** A talent someone may address a request to, with what the rules of requests need. */
export interface ReachableTalent {
  id: number;
  userId: number;
  unitId: number;
  fullName: string;
  minor: boolean;
  openToOpportunities: boolean;
}

/**
 * The talent at `slug` if `actor` may see the profile and address it: listed, shown to this
 * viewer, owned by an active account, and no block between them. Anything else is "not found", so
 * a request never reveals a profile the page would not show.
 */
export async function findReachableTalent(
  db: Executor,
  actor: Actor,
  slug: string,
): Promise<ReachableTalent> {
  const [row] = await db
    .select({ talent: talents })
    .from(talents)
    .innerJoin(users, eq(users.id, talents.userId))
    .where(and(eq(talents.slug, slug), inArray(talents.status, LISTED_STATUSES), isNull(users.disabledAt)))
    .limit(1);
  const talent = row?.talent;
  if (!talent?.userId) throw new NotFoundError();
  if (!canViewPart(viewerOf(actor, talent.unitId, talent.userId), talent.visibility, 'profile'))
    throw new NotFoundError();
  if (await isEitherBlocked(db, actor.id, talent.userId)) throw new NotFoundError();
  return {
    id: talent.id,
    userId: talent.userId,
    unitId: talent.unitId,
    fullName: talent.fullName,
    minor: isMinor(talent.birthYear, clock.currentYear()),
    openToOpportunities: talent.openToOpportunities,
  };
}

/**
 * Whether `userId` is known to be a minor: a talent whose own profile says so. Someone without a
 * profile is taken for an adult, which only ever sends more requests through an officer.
 */
export async function isKnownMinor(db: Executor, userId: number): Promise<boolean> {
  const [own] = await db
    .select({ birthYear: talents.birthYear })
    .from(talents)
    .where(eq(talents.userId, userId))
    .limit(1);
  return own !== undefined && isMinor(own.birthYear, clock.currentYear());
}

/**
 * The officers who broker requests to a minor of `unitId`: the unit's active officers, or the
 * province's admins when the unit has none, so a request never waits for no one.
 */
export async function brokersOf(db: Executor, unitId: number): Promise<number[]> {
  const active = isNull(users.disabledAt);
  const officers = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'officer'), eq(users.unitId, unitId), active));
  if (officers.length > 0) return officers.map((o) => o.id);
  const admins = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), active));
  return admins.map((a) => a.id);
}

/** The name a member goes by with others: their profile's name, else their account's. */
export async function publicNameOf(db: Executor, actor: Pick<Actor, 'id' | 'displayName'>): Promise<string> {
  const [own] = await db
    .select({ fullName: talents.fullName })
    .from(talents)
    .where(eq(talents.userId, actor.id))
    .limit(1);
  return own?.fullName ?? actor.displayName;
}

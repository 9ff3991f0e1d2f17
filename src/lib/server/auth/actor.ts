import type { UserRole } from '@db/schema';
import type { Viewer } from '@/lib/visibility';
import { ForbiddenError } from '@/lib/server/errors';

/** The signed-in person acting, as every lib function that changes data receives them. */
export interface Actor {
  id: number;
  email: string;
  displayName: string;
  role: UserRole;
  /** The unit an officer works for; null for everyone else. */
  unitId: number | null;
  emailVerified: boolean;
  /** Employers only: verified by an officer. */
  employerVerified: boolean;
}

/**
 * Throws unless `actor` is signed in with one of `roles` (and a verified email, which every action
 * that changes data requires). Returns the actor, narrowed.
 * @example const officer = requireRole(locals.actor, 'officer', 'admin');
 */
export function requireRole(actor: Actor | null, ...roles: UserRole[]): Actor {
  if (!actor) throw new ForbiddenError();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
  if (!actor.emailVerified) throw new ForbiddenError();
  return actor;
}

/** Whether an officer may act on data of `unitId`: admins everywhere, officers in their own unit. */
export function canManageUnit(actor: Actor, unitId: number): boolean {
  return actor.role === 'admin' || (actor.role === 'officer' && actor.unitId === unitId);
}

/** How the visibility rule sees an actor looking at someone else's profile. */
export function viewerOf(actor: Actor | null, profileUnitId?: number, profileUserId?: number | null): Viewer {
  if (!actor) return { kind: 'anonymous' };
  if (profileUserId !== undefined && profileUserId === actor.id) return { kind: 'owner' };
  if (
    profileUnitId !== undefined &&
    (actor.role === 'admin' || actor.role === 'officer') &&
    canManageUnit(actor, profileUnitId)
  ) {
    return { kind: 'officer' };
  }
  // An employer no officer has verified yet sees only what everyone sees.
  if (actor.role === 'employer')
    return actor.employerVerified ? { kind: 'verified-employer' } : { kind: 'anonymous' };
  return { kind: 'member' };
}

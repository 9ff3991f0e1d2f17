import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';

/**
 * Throws unless `actor` is an employer an officer has verified (the session reads it from the
 * database on every request); returns the actor.
 */
export function requireVerifiedEmployer(actor: Actor | null): Actor {
  const employer = requireRole(actor, 'employer');
  if (!employer.employerVerified) throw new ForbiddenError('contact.employerNotVerified');
  return employer;
}

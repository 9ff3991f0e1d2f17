/**
 * Who owns which profile. Ownership comes from the database, never from a form, so a talent can
 * only ever reach their own row; a user owns at most one profile.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type Talent, talents } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';

/** The id of the profile `userId` owns, or null. */
export async function ownedTalentId(db: Executor, userId: number): Promise<number | null> {
  const [row] = await db.select({ id: talents.id }).from(talents).where(eq(talents.userId, userId)).limit(1);
  return row?.id ?? null;
}

/** The profile `actor` owns. Throws ForbiddenError for anyone else, or a talent without one. */
export async function requireOwnTalent(db: Executor, actor: Actor): Promise<Talent> {
  requireRole(actor, 'talent');
  const [talent] = await db.select().from(talents).where(eq(talents.userId, actor.id)).limit(1);
  if (!talent) throw new ForbiddenError();
  return talent;
}

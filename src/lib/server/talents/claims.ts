/**
 * A signed-in person's claim on a recorded profile, as the profile page and their own profile page
 * show it: "this is me" on a profile nobody owns, "waiting" once asked. While a claim waits, the
 * person is not offered (nor allowed) a new profile of their own: that would be the same person twice.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { talentClaims, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ownedTalentId } from './ownership';

export interface PendingClaim {
  talentSlug: string;
  talentName: string;
  createdAt: Date;
}

/** The person's newest claim still waiting for an officer, or null. */
export async function getPendingClaim(db: Executor, userId: number): Promise<PendingClaim | null> {
  const [row] = await db
    .select({ talentSlug: talents.slug, talentName: talents.fullName, createdAt: talentClaims.createdAt })
    .from(talentClaims)
    .innerJoin(talents, eq(talents.id, talentClaims.talentId))
    .where(and(eq(talentClaims.userId, userId), eq(talentClaims.status, 'pending')))
    .orderBy(desc(talentClaims.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * What a profile page offers `actor` about owning the profile: `offer` ("this is me") to a talent
 * without a profile when nobody owns it, `pending` when their claim on it waits, null otherwise.
 */
export async function claimStateOf(
  db: Executor,
  actor: Actor | null,
  talent: { talentId: number; claimable: boolean },
): Promise<'offer' | 'pending' | null> {
  if (!actor || actor.role !== 'talent' || !talent.claimable) return null;
  if ((await ownedTalentId(db, actor.id)) !== null) return null;
  const [pending] = await db
    .select({ id: talentClaims.id })
    .from(talentClaims)
    .where(
      and(
        eq(talentClaims.userId, actor.id),
        eq(talentClaims.talentId, talent.talentId),
        eq(talentClaims.status, 'pending'),
      ),
    )
    .limit(1);
  return pending ? 'pending' : 'offer';
}

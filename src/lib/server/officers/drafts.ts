/**
 * Draft profiles waiting for an officer: a talent's own new profile, or one recorded by the Youth
 * Union, is unseen by the public until an officer of its unit verifies it (verifyTalentProfile).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { talents, units } from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Actor } from '@/lib/server/auth/actor';
import { managedTalents, requireStaff } from './scope';
import { VERIFICATION_QUEUE_LIMIT } from './verification';

/** A draft profile, with what the officer needs to judge it. */
export interface DraftProfile {
  id: number;
  slug: string;
  fullName: string;
  unitName: string;
  birthYear: number;
  /** The year the Youth Union first recorded the talent; the age rule applies to it. */
  discoveredYear: number;
  shortBio: string;
  /** Whether an account owns the profile (the talent made it), rather than the Youth Union recording it. */
  owned: boolean;
  /** Whether the talent was 16 to 35 in the year of discovery: verifying fails otherwise. */
  eligible: boolean;
  createdAt: Date;
}

/**
 * Draft profiles of the talents the actor manages (an officer's unit, the whole province for an
 * admin), newest first, at most `limit`.
 * @throws ForbiddenError unless the actor is an officer or an admin with a verified email.
 */
export async function listDraftProfiles(
  db: Database,
  actor: Actor,
  limit = VERIFICATION_QUEUE_LIMIT,
): Promise<DraftProfile[]> {
  const staff = requireStaff(actor);
  const rows = await db
    .select({
      id: talents.id,
      slug: talents.slug,
      fullName: talents.fullName,
      unitName: units.name,
      birthYear: talents.birthYear,
      discoveredYear: talents.discoveredYear,
      shortBio: talents.shortBio,
      userId: talents.userId,
      createdAt: talents.createdAt,
    })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(and(eq(talents.status, 'draft'), managedTalents(staff)))
    .orderBy(desc(talents.createdAt), desc(talents.id))
    .limit(limit);
  return rows.map(({ userId, ...row }) => ({
    ...row,
    owned: userId !== null,
    eligible: isEligibleInYear(row.birthYear, row.discoveredYear),
  }));
}

/**
 * Officers deciding who owns a recorded profile. A claim hands a person's public record to an
 * account, so only the officers of the talent's unit (or an admin) decide, and only once.
 */
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '@db/client';
import { talentClaims, talents, units, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { ownedTalentId } from '@/lib/server/talents/ownership';
import { managedTalents, requireManaged, requireStaff } from './scope';
import * as clock from '@/lib/server/clock';

/** Every refusal of a decision gets one answer, whose text lists the possible reasons. */
const refused = () => new InvalidInputError('workspace.claimRefused', 'claimId');

/** A claim waiting for a decision, with what the officer needs to judge it. */
export interface PendingClaim {
  id: number;
  message: string;
  createdAt: Date;
  talentId: number;
  talentSlug: string;
  talentName: string;
  unitName: string;
  claimantId: number;
  claimantEmail: string;
  claimantName: string;
}

/** Pending claims on talents the actor manages, oldest first. */
export async function listPendingClaims(db: Database, actor: Actor): Promise<PendingClaim[]> {
  const staff = requireStaff(actor);
  return db
    .select({
      id: talentClaims.id,
      message: talentClaims.message,
      createdAt: talentClaims.createdAt,
      talentId: talents.id,
      talentSlug: talents.slug,
      talentName: talents.fullName,
      unitName: units.name,
      claimantId: users.id,
      claimantEmail: users.email,
      claimantName: users.displayName,
    })
    .from(talentClaims)
    .innerJoin(talents, eq(talents.id, talentClaims.talentId))
    .innerJoin(units, eq(units.id, talents.unitId))
    .innerJoin(users, eq(users.id, talentClaims.userId))
    .where(and(eq(talentClaims.status, 'pending'), managedTalents(staff)))
    .orderBy(asc(talentClaims.createdAt), asc(talentClaims.id));
}

/**
 * Approves or rejects a pending claim. Approving links the profile to the claimant and rejects
 * every other pending claim on it, and every other pending claim of the claimant (a person owns
 * one profile), in one transaction.
 * @throws NotFoundError for an unknown claim; ForbiddenError unless the actor manages the talent's
 *   unit; InvalidInputError when the claim was already decided, the profile found an owner, or the
 *   claimant is no longer a talent without a profile.
 */
export async function decideClaim(
  db: Database,
  actor: Actor,
  claimId: number,
  approve: boolean,
): Promise<'approved' | 'rejected'> {
  const staff = requireStaff(actor);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ claim: talentClaims, unitId: talents.unitId, ownerId: talents.userId })
      .from(talentClaims)
      .innerJoin(talents, eq(talents.id, talentClaims.talentId))
      .where(eq(talentClaims.id, claimId));
    const row = requireManaged(staff, found);
    const { claim } = row;
    if (claim.status !== 'pending') throw refused();
    const decided = { decidedAt: clock.now(), decidedById: staff.id };

    if (!approve) {
      await tx
        .update(talentClaims)
        .set({ status: 'rejected', ...decided })
        .where(eq(talentClaims.id, claim.id));
      return 'rejected';
    }
    if (row.ownerId !== null) throw refused();
    const [claimant] = await tx
      .select({ role: users.role, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, claim.userId));
    if (!claimant || claimant.role !== 'talent' || claimant.disabledAt) throw refused();
    if ((await ownedTalentId(tx, claim.userId)) !== null) throw refused();
    await tx
      .update(talents)
      .set({ userId: claim.userId, updatedAt: clock.now() })
      .where(and(eq(talents.id, claim.talentId), isNull(talents.userId)));
    await tx
      .update(talentClaims)
      .set({ status: 'approved', ...decided })
      .where(eq(talentClaims.id, claim.id));
    const stillPending = eq(talentClaims.status, 'pending');
    await tx
      .update(talentClaims)
      .set({ status: 'rejected', ...decided })
      .where(and(stillPending, ne(talentClaims.id, claim.id), eq(talentClaims.talentId, claim.talentId)));
    await tx
      .update(talentClaims)
      .set({ status: 'rejected', ...decided })
      .where(and(stillPending, eq(talentClaims.userId, claim.userId)));
    await recordTalentChanges(tx, [claim.talentId]);
    return 'approved';
  });
}

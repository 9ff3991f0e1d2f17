/**
 * Officers vouching for talents: a verified achievement ranks a talent in the directory, and a
 * verified profile is listed at all. Each is an act of the unit's Youth Union, so only the officers
 * of the talent's unit (or an admin) may do it, and the directory changes in the same transaction.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Achievement, achievements, talents, units } from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { managedTalents, requireManaged, requireStaff } from './scope';
import * as clock from '@/lib/server/clock';

/** An achievement waiting for an officer, with the talent it belongs to. */
export interface UnverifiedAchievement extends Pick<
  Achievement,
  | 'id'
  | 'title'
  | 'awardName'
  | 'level'
  | 'rank'
  | 'year'
  | 'issuingBody'
  | 'evidenceUrl'
  | 'createdAt'
  | 'talentId'
> {
  talentSlug: string;
  talentName: string;
  unitName: string;
}

/** How many rows one page of the queue shows; a province-wide admin queue can be long. */
export const VERIFICATION_QUEUE_LIMIT = 200;

/** Unverified achievements of the talents the actor manages, oldest first. */
export async function listUnverifiedAchievements(
  db: Database,
  actor: Actor,
  limit = VERIFICATION_QUEUE_LIMIT,
): Promise<UnverifiedAchievement[]> {
  const staff = requireStaff(actor);
  return db
    .select({
      id: achievements.id,
      title: achievements.title,
      awardName: achievements.awardName,
      level: achievements.level,
      rank: achievements.rank,
      year: achievements.year,
      issuingBody: achievements.issuingBody,
      evidenceUrl: achievements.evidenceUrl,
      createdAt: achievements.createdAt,
      talentId: talents.id,
      talentSlug: talents.slug,
      talentName: talents.fullName,
      unitName: units.name,
    })
    .from(achievements)
    .innerJoin(talents, eq(talents.id, achievements.talentId))
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(and(isNull(achievements.verifiedAt), managedTalents(staff)))
    .orderBy(asc(achievements.createdAt), asc(achievements.id))
    .limit(limit);
}

/**
 * Marks an achievement verified by the actor, now; the directory's highest level follows at once.
 * @throws NotFoundError for an unknown achievement; ForbiddenError unless the actor manages the
 *   talent's unit; InvalidInputError when it is already verified.
 */
export async function verifyAchievement(db: Database, actor: Actor, achievementId: number): Promise<void> {
  const staff = requireStaff(actor);
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        talentId: achievements.talentId,
        verifiedAt: achievements.verifiedAt,
        unitId: talents.unitId,
      })
      .from(achievements)
      .innerJoin(talents, eq(talents.id, achievements.talentId))
      .where(eq(achievements.id, achievementId));
    const row = requireManaged(staff, found);
    if (row.verifiedAt) throw new InvalidInputError('workspace.achievementRefused', 'achievementId');
    await tx
      .update(achievements)
      .set({ verifiedById: staff.id, verifiedAt: clock.now() })
      .where(eq(achievements.id, achievementId));
    await recordTalentChanges(tx, [row.talentId]);
  });
}

/**
 * Verifies a draft profile, which lists it in the directory (as far as its visibility allows).
 * The age rule is checked again: a profile may have been edited, or made before the rule applied.
 * @throws NotFoundError for an unknown talent; ForbiddenError unless the actor manages its unit;
 *   InvalidInputError when it is not a draft (`talentId`) or was not 16–35 in its year of
 *   discovery (`birthYear`).
 */
export async function verifyTalentProfile(db: Database, actor: Actor, talentId: number): Promise<void> {
  const staff = requireStaff(actor);
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        unitId: talents.unitId,
        status: talents.status,
        birthYear: talents.birthYear,
        discoveredYear: talents.discoveredYear,
      })
      .from(talents)
      .where(eq(talents.id, talentId));
    const talent = requireManaged(staff, found);
    if (talent.status !== 'draft') throw new InvalidInputError('workspace.draftRefused', 'talentId');
    if (!isEligibleInYear(talent.birthYear, talent.discoveredYear)) {
      throw new InvalidInputError('workspace.draftIneligible', 'birthYear');
    }
    await tx
      .update(talents)
      .set({ status: 'verified', updatedAt: clock.now() })
      .where(eq(talents.id, talentId));
    await recordTalentChanges(tx, [talentId]);
  });
}

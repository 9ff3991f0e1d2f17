/**
 * A talent editing their own profile and adding achievements. Every change is recorded for the
 * directory in the same transaction, so search never shows an older version of the profile.
 */
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  type AchievementLevel,
  achievementCorrections,
  achievements,
  type Gender,
  type PlaceKind,
  type TalentLink,
  talents,
} from '@db/schema';
import { isMinor } from '@/lib/visibility';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import * as clock from '@/lib/server/clock';
import { isHttpUrl } from '@/lib/http-url';
import { checkLinks } from './links';
import { requireOwnTalent } from './ownership';
import { normalisePlace } from './place';
import { replaceTalentFields, resolveFieldIds } from './talent-fields';

/** What a talent may change on their own profile; absent keys stay as they are. */
export type OwnProfileChanges = Partial<{
  shortBio: string;
  longBio: string;
  fieldSlugs: string[];
  links: TalentLink[];
  placeKind: PlaceKind;
  placeName: string | null;
  placeCountry: string | null;
  openToOpportunities: boolean;
  /** Null: the talent prefers not to say. */
  gender: Gender | null;
}>;

/**
 * Changes the signed-in talent's own profile.
 * @throws ForbiddenError unless the actor is a talent owning a profile; InvalidInputError for a
 *   minor open to opportunities, more than 5 links or a non-http(s) link, an unknown field, a
 *   country missing for someone abroad. The photo has its own function: uploads/own-photo.ts.
 */
export async function updateOwnProfile(
  db: Database,
  actor: Actor,
  changes: OwnProfileChanges,
  currentYear = clock.currentYear(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const talent = await requireOwnTalent(tx, actor);
    const set: Partial<typeof talents.$inferInsert> = { updatedAt: clock.now() };
    if (changes.shortBio !== undefined) set.shortBio = changes.shortBio.trim();
    if (changes.longBio !== undefined) set.longBio = changes.longBio.trim();
    if (changes.gender !== undefined) set.gender = changes.gender;
    if (changes.links !== undefined) set.links = checkLinks(changes.links);
    if (changes.openToOpportunities !== undefined) {
      // Minors are never offered to employers, whatever they tick.
      if (changes.openToOpportunities && isMinor(talent.birthYear, currentYear)) {
        throw new InvalidInputError('profile.minorOpen', 'openToOpportunities');
      }
      set.openToOpportunities = changes.openToOpportunities;
    }
    if (
      changes.placeKind !== undefined ||
      changes.placeName !== undefined ||
      changes.placeCountry !== undefined
    ) {
      Object.assign(
        set,
        normalisePlace(
          changes.placeKind ?? talent.placeKind,
          changes.placeName !== undefined ? changes.placeName : talent.placeName,
          changes.placeCountry !== undefined ? changes.placeCountry : talent.placeCountry,
        ),
      );
    }
    if (changes.fieldSlugs !== undefined) {
      await replaceTalentFields(tx, talent.id, await resolveFieldIds(tx, changes.fieldSlugs));
    }
    // A draft sent back (or refused) and now edited waits for an officer again.
    if (talent.status === 'draft') set.reviewState = 'waiting';
    await tx.update(talents).set(set).where(eq(talents.id, talent.id));
    await recordTalentChanges(tx, [talent.id]);
  });
}

export interface NewOwnAchievement {
  title: string;
  awardName: string;
  level: AchievementLevel;
  rank: string;
  year: number;
  issuingBody: string;
  evidenceUrl?: string | null;
}

/** Awards before school age are not credible; six is the first school year in Viet Nam. */
const FIRST_AWARD_AGE = 6;

/**
 * Adds an achievement to the signed-in talent's profile. It stays unverified until an officer of
 * the unit checks it, so it never ranks the talent's highest level in the directory on its own.
 * @returns the new achievement's id
 * @throws InvalidInputError for a year before age 6 or in the future (`year`), or a non-http(s)
 *   evidence link (`evidenceUrl`).
 */
export async function addOwnAchievement(
  db: Database,
  actor: Actor,
  input: NewOwnAchievement,
  currentYear = clock.currentYear(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const talent = await requireOwnTalent(tx, actor);
    const [row] = await tx
      .insert(achievements)
      .values({
        talentId: talent.id,
        ...checkedAchievement(talent.birthYear, input, currentYear),
        verifiedAt: null,
        verifiedById: null,
      })
      .returning({ id: achievements.id });
    await recordTalentChanges(tx, [talent.id]);
    return row!.id;
  });
}

/** The stored form of an achievement the talent typed, or an InvalidInputError naming the field. */
function checkedAchievement(birthYear: number, input: NewOwnAchievement, currentYear: number) {
  if (input.year < birthYear + FIRST_AWARD_AGE || input.year > currentYear) {
    throw new InvalidInputError('profile.achievementYear', 'year');
  }
  const evidenceUrl = input.evidenceUrl?.trim() || null;
  if (evidenceUrl !== null && !isHttpUrl(evidenceUrl)) {
    throw new InvalidInputError('profile.linkScheme', 'evidenceUrl');
  }
  return {
    title: input.title.trim(),
    awardName: input.awardName.trim(),
    level: input.level,
    rank: input.rank.trim(),
    year: input.year,
    issuingBody: input.issuingBody.trim(),
    evidenceUrl,
  };
}

/**
 * The talent's own unverified achievement, for a change: a verified one is the Youth Union's record
 * and changes only through a correction an officer decides on.
 * @throws NotFoundError for another talent's achievement or an unknown one; InvalidInputError
 *   (`achievementId`) for a verified one.
 */
async function requireOwnUnverified(tx: Executor, actor: Actor, achievementId: number) {
  const talent = await requireOwnTalent(tx, actor);
  const [row] = await tx
    .select({ verifiedAt: achievements.verifiedAt })
    .from(achievements)
    .where(and(eq(achievements.id, achievementId), eq(achievements.talentId, talent.id)));
  if (!row) throw new NotFoundError();
  if (row.verifiedAt) throw new InvalidInputError('profile.achievementVerifiedLocked', 'achievementId');
  return talent;
}

/** Changes the talent's own unverified achievement; one sent back or refused waits for an officer again. */
export async function updateOwnAchievement(
  db: Database,
  actor: Actor,
  achievementId: number,
  input: NewOwnAchievement,
  currentYear = clock.currentYear(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const talent = await requireOwnUnverified(tx, actor, achievementId);
    await tx
      .update(achievements)
      .set({ ...checkedAchievement(talent.birthYear, input, currentYear), reviewState: 'waiting' })
      .where(eq(achievements.id, achievementId));
    await recordTalentChanges(tx, [talent.id]);
  });
}

/** Deletes the talent's own unverified achievement. */
export async function deleteOwnAchievement(db: Database, actor: Actor, achievementId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const talent = await requireOwnUnverified(tx, actor, achievementId);
    await tx.delete(achievements).where(eq(achievements.id, achievementId));
    await recordTalentChanges(tx, [talent.id]);
  });
}

/**
 * Asks an officer to correct the talent's own verified achievement with the values typed; it
 * waits in the corrections queue, and the record stays as it is until an officer approves.
 * @returns the correction's id
 * @throws NotFoundError for another talent's achievement; InvalidInputError (`achievementId`) for an
 *   unverified one (edited directly) or one with a correction already waiting; as
 *   {@link addOwnAchievement} for the values.
 */
export async function requestAchievementCorrection(
  db: Database,
  actor: Actor,
  achievementId: number,
  input: NewOwnAchievement,
  message: string,
  currentYear = clock.currentYear(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const talent = await requireOwnTalent(tx, actor);
    const [row] = await tx
      .select({ verifiedAt: achievements.verifiedAt })
      .from(achievements)
      .where(and(eq(achievements.id, achievementId), eq(achievements.talentId, talent.id)));
    if (!row) throw new NotFoundError();
    if (!row.verifiedAt) throw new InvalidInputError('profile.correctionNotVerified', 'achievementId');
    const [waiting] = await tx
      .select({ id: achievementCorrections.id })
      .from(achievementCorrections)
      .where(
        and(
          eq(achievementCorrections.achievementId, achievementId),
          eq(achievementCorrections.status, 'pending'),
        ),
      );
    if (waiting) throw new InvalidInputError('profile.correctionPending', 'achievementId');
    const [correction] = await tx
      .insert(achievementCorrections)
      .values({
        achievementId,
        userId: actor.id,
        proposed: checkedAchievement(talent.birthYear, input, currentYear),
        message: message.trim(),
      })
      .returning({ id: achievementCorrections.id });
    return correction!.id;
  });
}

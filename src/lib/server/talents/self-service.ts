/**
 * A talent's own profile: reading it, creating it, or claiming one the Youth Union already recorded.
 * Edits live in self-service-edits.ts and visibility in self-service-visibility.ts; this module
 * re-exports them so callers import one place.
 */
import { and, asc, desc, eq, like, or } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  type Achievement,
  achievements,
  fields,
  type PlaceKind,
  type Talent,
  talentClaims,
  talentFields,
  talents,
  units,
} from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import { slugify } from '@/lib/vietnamese';
import { defaultVisibility, isMinor } from '@/lib/visibility';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import type { Executor } from '@db/client';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { LISTED_STATUSES } from '@/lib/visibility';
import { normalisePlace } from './place';
import { getPendingClaim } from './claims';
import { ownedTalentId } from './ownership';
import { replaceTalentFields, resolveFieldIds } from './talent-fields';

export {
  addOwnAchievement,
  deleteOwnAchievement,
  type NewOwnAchievement,
  type OwnProfileChanges,
  requestAchievementCorrection,
  updateOwnAchievement,
  updateOwnProfile,
} from './self-service-edits';
import * as clock from '@/lib/server/clock';
export { updateVisibility, type VisibilityChange } from './self-service-visibility';
export { MAX_PROFILE_LINKS } from './links';

/** The owner's view of their profile: every column, with field slugs and all achievements. */
export interface OwnTalent extends Talent {
  fieldSlugs: string[];
  achievements: Achievement[];
  /** Under 18 this year: never offered to employers, and the form does not offer it. */
  minor: boolean;
}

/** The profile linked to the signed-in talent, or null when they have none yet. */
export async function getOwnTalent(
  db: Database,
  actor: Actor,
  currentYear = clock.currentYear(),
): Promise<OwnTalent | null> {
  requireRole(actor, 'talent');
  const [talent] = await db.select().from(talents).where(eq(talents.userId, actor.id)).limit(1);
  if (!talent) return null;
  const [fieldRows, achievementRows] = await Promise.all([
    db
      .select({ slug: fields.slug })
      .from(talentFields)
      .innerJoin(fields, eq(fields.id, talentFields.fieldId))
      .where(eq(talentFields.talentId, talent.id))
      .orderBy(asc(fields.sortOrder)),
    db
      .select()
      .from(achievements)
      .where(eq(achievements.talentId, talent.id))
      .orderBy(desc(achievements.year), desc(achievements.id)),
  ]);
  return {
    ...talent,
    fieldSlugs: fieldRows.map((f) => f.slug),
    achievements: achievementRows,
    minor: isMinor(talent.birthYear, currentYear),
  };
}

export interface NewOwnProfile {
  fullName: string;
  birthYear: number;
  unitId: number;
  fieldSlugs: string[];
  placeKind: PlaceKind;
  placeName?: string | null;
  placeCountry?: string | null;
  shortBio: string;
  /** The year of discovery; defaults to this year (tests pass a fixed one). */
  currentYear?: number;
}

/** The first of `base`, `base-2`, `base-3`… no talent uses; run inside the writing transaction. */
export async function freeSlug(db: Executor, base: string): Promise<string> {
  // Slugs hold only [a-z0-9-], so the LIKE pattern has no wildcard to escape.
  const rows = await db
    .select({ slug: talents.slug })
    .from(talents)
    .where(or(eq(talents.slug, base), like(talents.slug, `${base}-%`)));
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Creates the signed-in talent's profile. It starts as a draft, unseen by the public until an
 * officer of the unit verifies it, with the visibility defaults for the talent's age.
 * @throws InvalidInputError when they already have a profile, for an ineligible birth year
 *   (`birthYear`), an unknown or inactive unit (`unitId`), or an unknown field (`fieldSlugs`).
 */
export async function createOwnProfile(
  db: Database,
  actor: Actor,
  input: NewOwnProfile,
): Promise<{ id: number; slug: string }> {
  requireRole(actor, 'talent');
  const year = input.currentYear ?? clock.currentYear();
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (!fullName) throw new InvalidInputError('form.required', 'fullName');
  if (!isEligibleInYear(input.birthYear, year)) {
    throw new InvalidInputError('profile.ineligible', 'birthYear');
  }
  const place = normalisePlace(input.placeKind, input.placeName, input.placeCountry);

  return db.transaction(async (tx) => {
    if ((await ownedTalentId(tx, actor.id)) !== null) throw new InvalidInputError('profile.alreadyHave');
    // A waiting claim says the person is already recorded: a second profile would duplicate them.
    if (await getPendingClaim(tx, actor.id)) throw new InvalidInputError('profile.claimPendingNoCreate');
    const [unit] = await tx
      .select({ active: units.active, parentId: units.parentId })
      .from(units)
      .where(eq(units.id, input.unitId));
    // A talent belongs to one of today's units below Tỉnh Đoàn, never to a history unit or the root.
    if (!unit?.active || unit.parentId === null) throw new InvalidInputError('units.error.history', 'unitId');
    const fieldIds = await resolveFieldIds(tx, input.fieldSlugs);
    // A name of symbols only slugs to nothing; the profile still needs an address.
    const slug = await freeSlug(tx, slugify(fullName) || 'tai-nang');
    const [row] = await tx
      .insert(talents)
      .values({
        slug,
        fullName,
        birthYear: input.birthYear,
        discoveredYear: year,
        unitId: input.unitId,
        ...place,
        shortBio: input.shortBio.trim(),
        contactEmail: actor.email,
        status: 'draft',
        visibility: defaultVisibility(input.birthYear, year),
        userId: actor.id,
      })
      .returning({ id: talents.id });
    const id = row!.id;
    await replaceTalentFields(tx, id, fieldIds);
    await recordTalentChanges(tx, [id]);
    return { id, slug };
  });
}

/** The slug in a profile's address as people paste it (`https://…/tai-nang/slug?x#y`), or the slug itself. */
export function slugOfAddress(address: string): string {
  const path = address.trim().split(/[?#]/)[0] ?? '';
  return path.split('/').filter(Boolean).at(-1) ?? '';
}

/**
 * {@link claimProfile} for the profile at `address` (its page's address or its slug), as the claim
 * form takes it.
 * @throws NotFoundError (`talentSlug`) when no listed profile is there; as claimProfile otherwise.
 */
export async function claimProfileAt(
  db: Database,
  actor: Actor,
  address: string,
  message: string,
): Promise<number> {
  requireRole(actor, 'talent');
  const [talent] = await db
    .select({ id: talents.id })
    .from(talents)
    .where(eq(talents.slug, slugOfAddress(address)))
    .limit(1);
  if (!talent) throw new NotFoundError('profile.claimUnknown', 'talentSlug');
  return claimProfile(db, actor, talent.id, message);
}

/**
 * Asks to own a profile the Youth Union recorded; an officer of its unit decides (officers/claims.ts).
 * Only listed profiles can be claimed: a draft is not visible to the claimant, so a draft and a
 * profile that does not exist get one and the same answer (`profile.claimUnknown`), and nobody can
 * probe which drafts exist.
 * @returns the new claim's id
 * @throws NotFoundError (`talentSlug`) for an unknown or unlisted profile; InvalidInputError when the
 *   actor owns a profile, the profile has an owner, or the actor's claim on it is pending.
 */
export async function claimProfile(
  db: Database,
  actor: Actor,
  talentId: number,
  message: string,
): Promise<number> {
  requireRole(actor, 'talent');
  return db.transaction(async (tx) => {
    if ((await ownedTalentId(tx, actor.id)) !== null) throw new InvalidInputError('profile.alreadyHave');
    const [talent] = await tx
      .select({ userId: talents.userId, status: talents.status })
      .from(talents)
      .where(eq(talents.id, talentId));
    if (!talent || !(LISTED_STATUSES as readonly string[]).includes(talent.status)) {
      throw new NotFoundError('profile.claimUnknown', 'talentSlug');
    }
    if (talent.userId !== null) throw new InvalidInputError('profile.alreadyOwned', 'talentSlug');
    const [pending] = await tx
      .select({ id: talentClaims.id })
      .from(talentClaims)
      .where(
        and(
          eq(talentClaims.talentId, talentId),
          eq(talentClaims.userId, actor.id),
          eq(talentClaims.status, 'pending'),
        ),
      );
    if (pending) throw new InvalidInputError('profile.alreadyClaimed', 'talentSlug');
    const [claim] = await tx
      .insert(talentClaims)
      .values({ talentId, userId: actor.id, message: message.trim() })
      .returning({ id: talentClaims.id });
    return claim!.id;
  });
}

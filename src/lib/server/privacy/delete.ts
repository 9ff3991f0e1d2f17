import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  achievements,
  consents,
  employers,
  honours,
  keptHonourChoices,
  mailOutbox,
  oneTimeTokens,
  profileParts,
  type ProfileVisibility,
  sessions,
  signInAddresses,
  talentClaims,
  talentFields,
  talents,
  users,
} from '@db/schema';
import { NotFoundError } from '@/lib/server/errors';
import type { Executor } from '@db/client';
import { recordTalentChanges } from '@/lib/server/search/sync';
import * as clock from '@/lib/server/clock';
import { eraseCommunityData } from '@/lib/server/connections/personal-data';

/** What the caller still has to do outside the database once the account is gone. */
export interface DeletedAccount {
  /** Whether the talent profile stays as a name-only record of its honours. */
  talentKept: boolean;
  /** The photo the profile pointed to, for the caller to delete from disk; null when there was none. */
  photoPath: string | null;
}

/**
 * The version of the "keep my honours" wording (`data.keepHonours`) on the deletion form, recorded
 * with the choice. Change it whenever that text changes.
 */
export const KEEP_HONOURS_TEXT_VERSION = '2026-11';

/** Every part hidden, `profile` included: the record leaves the public site and the directory. */
const ALL_PRIVATE = Object.fromEntries(profileParts.map((part) => [part, 'private'])) as ProfileVisibility;

/**
 * Deletes account `userId` and the personal data held about it, in one transaction (the right to
 * erasure of Law 91/2025/QH15): the profile leaves the directory in the same commit. With
 * `keepHonours`, a talent profile that has honours stays as a name-only record of them — the
 * province's roll of honour is a public record the talent agreed to keep; without honours there
 * is nothing to keep, so the profile is deleted either way. A kept profile carries a record of the
 * choice (which profile, when, the version of the text agreed to) and nothing else of the person.
 * Throws NotFoundError when no such user exists.
 */
export async function deleteAccount(
  db: Database,
  userId: number,
  options: { keepHonours: boolean; now?: Date },
): Promise<DeletedAccount> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw new NotFoundError();

    // First: it finds the profile by its account, which the profile's erasure unlinks.
    await eraseCommunityData(tx, userId);
    const result = await eraseTalentProfiles(tx, userId, options.keepHonours, options.now ?? clock.now());

    // By account id, never by address: mail to an address this account once asked for belongs
    // to whoever holds that address.
    await tx.delete(mailOutbox).where(eq(mailOutbox.userId, userId));
    await tx.delete(signInAddresses).where(eq(signInAddresses.userId, userId));

    // Explicit deletes rather than trusting ON DELETE CASCADE, which only runs with foreign keys on.
    await tx.delete(talentClaims).where(eq(talentClaims.userId, userId));
    await tx.delete(consents).where(eq(consents.userId, userId));
    await tx.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(employers).where(eq(employers.userId, userId));
    // achievements/employers.verifiedById and talent_claims.decidedById are ON DELETE SET NULL:
    // an officer's account can go while the decisions they made stay.
    await tx.delete(users).where(eq(users.id, userId));
    return result;
  });
}

/**
 * Erases the talent profile(s) linked to the user and updates the directory in the same
 * transaction. A user owns one profile; should data link more, each is erased the same way and
 * the first photo found is returned.
 */
async function eraseTalentProfiles(
  tx: Executor,
  userId: number,
  keepHonours: boolean,
  now: Date,
): Promise<DeletedAccount> {
  const linked = await tx
    .select({ id: talents.id, photoPath: talents.photoPath })
    .from(talents)
    .where(eq(talents.userId, userId))
    .orderBy(talents.id);
  let talentKept = false;
  for (const talent of linked) {
    const [honour] = await tx
      .select({ id: honours.id })
      .from(honours)
      .where(eq(honours.talentId, talent.id))
      .limit(1);
    if (keepHonours && honour) {
      await keepNameOnly(tx, talent.id);
      await tx
        .insert(keptHonourChoices)
        .values({ talentId: talent.id, textVersion: KEEP_HONOURS_TEXT_VERSION, chosenAt: now });
      talentKept = true;
    } else {
      await deleteTalent(tx, talent.id);
    }
  }
  if (linked.length > 0)
    await recordTalentChanges(
      tx,
      linked.map((t) => t.id),
    );
  return { talentKept, photoPath: linked.find((t) => t.photoPath !== null)?.photoPath ?? null };
}

/** Keeps name, unit, status, years and honours; everything else personal is erased and hidden. */
async function keepNameOnly(tx: Executor, talentId: number): Promise<void> {
  await tx
    .update(talents)
    .set({
      // Kept: fullName, slug (its address, derived from the name), unitId, status, discoveredYear and
      // birthYear. birthYear is NOT NULL and the plan's age rule needs it for the national talent
      // database, so the record of an honour cannot be complete without it.
      gender: null,
      placeKind: 'in_province',
      placeName: null,
      placeCountry: null,
      shortBio: '',
      longBio: '',
      links: [],
      contactEmail: null,
      photoPath: null,
      openToOpportunities: false,
      userId: null,
      visibility: ALL_PRIVATE,
      updatedAt: clock.now(),
    })
    .where(eq(talents.id, talentId));
  await tx.delete(achievements).where(eq(achievements.talentId, talentId));
  await tx.delete(talentFields).where(eq(talentFields.talentId, talentId));
}

/** Deletes the talent and every row hanging off it (explicitly, whether or not foreign keys cascade). */
async function deleteTalent(tx: Executor, talentId: number): Promise<void> {
  await tx.delete(achievements).where(eq(achievements.talentId, talentId));
  await tx.delete(talentFields).where(eq(talentFields.talentId, talentId));
  await tx.delete(honours).where(eq(honours.talentId, talentId));
  await tx.delete(talentClaims).where(eq(talentClaims.talentId, talentId));
  await tx.delete(keptHonourChoices).where(eq(keptHonourChoices.talentId, talentId));
  await tx.delete(talents).where(eq(talents.id, talentId));
}

/**
 * A talent choosing who sees each part of their profile. Showing more to more people is a new
 * consent under the personal-data law, so it is recorded with the text version the talent agreed to.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  type Audience,
  audiences,
  consents,
  type ProfilePart,
  profileParts,
  type ProfileVisibility,
  talents,
} from '@db/schema';
import { effectiveAudience } from '@/lib/visibility';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { requireOwnTalent } from './ownership';
import * as clock from '@/lib/server/clock';

/** The version of the consent text shown beside the visibility settings. */
export const VISIBILITY_CONSENT_VERSION = '2026-11-visibility';

/** A part whose audience changed, from the stored setting to the new one. */
export type VisibilityChange = { from: Audience; to: Audience };

/** Whether moving from `from` to `to` shows the part to more people (toward `public`). */
function widens(from: Audience, to: Audience): boolean {
  return audiences.indexOf(to) < audiences.indexOf(from);
}

/**
 * Stores new visibility settings for the signed-in talent's profile. When any part becomes visible
 * to a wider audience, a `visibility` consent row (with `consentTextVersion` and the widened parts)
 * is written in the same transaction: the caller must have shown that text and had it accepted
 * (pass an empty version when the talent did not tick the consent box).
 * Narrowing needs no consent. Contact email is stored at most as `members`, never `public`.
 * @returns the parts that widened (empty when nothing did)
 * @throws ForbiddenError unless the actor is a talent owning a profile; InvalidInputError for an
 *   unknown audience (`visibility`) or a widening without a consent text version.
 */
export async function updateVisibility(
  db: Database,
  actor: Actor,
  visibility: ProfileVisibility,
  consentTextVersion: string,
): Promise<Partial<Record<ProfilePart, VisibilityChange>>> {
  const next = {} as ProfileVisibility;
  for (const part of profileParts) {
    const audience = visibility[part];
    if (!(audiences as readonly string[]).includes(audience)) {
      throw new InvalidInputError('form.invalid', part);
    }
    next[part] = audience;
  }
  // effectiveAudience holds the rule (contact email never public); storing its result keeps the row honest.
  next.contactEmail = effectiveAudience(next, 'contactEmail');

  return db.transaction(async (tx) => {
    const talent = await requireOwnTalent(tx, actor);
    const widened: Partial<Record<ProfilePart, VisibilityChange>> = {};
    for (const part of profileParts) {
      // Compare with what was really shown: an old row may predate a part or hold a narrowed value.
      const from = effectiveAudience(talent.visibility, part);
      if (widens(from, next[part])) widened[part] = { from, to: next[part] };
    }
    if (Object.keys(widened).length > 0) {
      const textVersion = consentTextVersion.trim();
      if (!textVersion) throw new InvalidInputError('profile.consentRequired', 'consent');
      await tx
        .insert(consents)
        .values({ userId: actor.id, kind: 'visibility', textVersion, details: { widened } });
    }
    await tx
      .update(talents)
      .set({ visibility: next, updatedAt: clock.now() })
      .where(eq(talents.id, talent.id));
    await recordTalentChanges(tx, [talent.id]);
    return widened;
  });
}

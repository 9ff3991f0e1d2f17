/**
 * A talent agreeing (or no longer agreeing) that the Youth Union send their profile to the national
 * young-talent database. Off by default; agreeing is a consent under the personal-data law (Decree
 * 13/2023, Law 91/2025/QH15), recorded with the version of the text shown; withdrawing takes effect
 * from the next export.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { consents, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { requireOwnTalent } from './ownership';

/** The version of the consent text shown beside the choice. */
export const YOUTH_UNION_SHARE_CONSENT_VERSION = '2026-12-national-export';

/**
 * Stores the signed-in talent's choice; agreeing when not yet agreed writes a consent row in the
 * same transaction. Returns whether sharing is now on.
 * @throws ForbiddenError unless the actor is a talent owning a profile.
 */
export async function setYouthUnionSharing(db: Database, actor: Actor, share: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const talent = await requireOwnTalent(tx, actor);
    if (share === (talent.sharedWithYouthUnionAt !== null)) return share;
    const now = clock.now();
    if (share)
      await tx.insert(consents).values({
        userId: actor.id,
        kind: 'youth_union_share',
        textVersion: YOUTH_UNION_SHARE_CONSENT_VERSION,
        createdAt: now,
      });
    await tx
      .update(talents)
      .set({ sharedWithYouthUnionAt: share ? now : null })
      .where(eq(talents.id, talent.id));
    return share;
  });
}

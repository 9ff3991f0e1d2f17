/**
 * About half the demo's talents who hold an account agreed that the Youth Union send their profile
 * to the national young-talent database, each agreement recorded as a consent with the text's
 * version, as the profile page records it: `npm run export:national` then has talents to show.
 */
import { and, inArray, isNotNull } from 'drizzle-orm';
import { consents, talents } from '@db/schema';
import { YOUTH_UNION_SHARE_CONSENT_VERSION } from '@/lib/server/talents/youth-union-sharing';
import { insertInChunks, type Writer } from './batch';
import { SEED_NOW } from './people';
import { createRandom, SEED } from './random';

export async function seedYouthUnionSharing(tx: Writer): Promise<number> {
  const rng = createRandom(SEED + 19);
  const owned = await tx
    .select({ id: talents.id, userId: talents.userId })
    .from(talents)
    .where(and(isNotNull(talents.userId), inArray(talents.status, ['verified', 'honoured'])));
  const agreeing = owned.filter(() => rng.chance(0.5));
  const at = new Date(SEED_NOW);
  await insertInChunks(
    tx,
    consents,
    agreeing.map((t) => ({
      userId: t.userId!,
      kind: 'youth_union_share' as const,
      textVersion: YOUTH_UNION_SHARE_CONSENT_VERSION,
      createdAt: at,
    })),
  );
  if (agreeing.length > 0)
    await tx
      .update(talents)
      .set({ sharedWithYouthUnionAt: at })
      .where(
        inArray(
          talents.id,
          agreeing.map((t) => t.id),
        ),
      );
  return agreeing.length;
}

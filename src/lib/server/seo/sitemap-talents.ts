import { asc, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { networkTalents, talents } from '@db/schema';
import { getNetworkStats } from '@/lib/server/talents/stats';

/**
 * Talents whose profile anyone may open (the public network, `isInNetwork`): only those belong in
 * a sitemap. Counted from the network's count row, listed by primary key in pages.
 */
export async function countPublicTalents(db: Database): Promise<number> {
  return (await getNetworkStats(db)).talents;
}

/** The `page`-th (from 1) run of `perPage` public talents, in a stable order: slug and last change. */
export async function listPublicTalents(
  db: Database,
  page: number,
  perPage: number,
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: talents.slug, updatedAt: talents.updatedAt })
    .from(networkTalents)
    .innerJoin(talents, eq(talents.id, networkTalents.talentId))
    .orderBy(asc(networkTalents.talentId))
    .limit(perPage)
    .offset((page - 1) * perPage);
}

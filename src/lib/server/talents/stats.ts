import { countDistinct, inArray, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { honours, talents } from '@db/schema';
import { LISTED_STATUSES } from '@/lib/visibility';

/** The headline numbers of the network for the home page. */
export async function getNetworkStats(db: Database) {
  const [talentRow] = await db
    .select({ talents: sql<number>`count(*)`, units: countDistinct(talents.unitId) })
    .from(talents)
    .where(inArray(talents.status, LISTED_STATUSES));
  const [honourRow] = await db.select({ honours: sql<number>`count(*)` }).from(honours);
  return {
    talents: talentRow?.talents ?? 0,
    units: talentRow?.units ?? 0,
    honours: honourRow?.honours ?? 0,
  };
}

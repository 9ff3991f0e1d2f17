import type { Database } from '@db/client';
import { listLatestFeatured } from '@/lib/server/talents/honours';
import { listHonourYears } from '@/lib/server/talents/stats';

/** The honours index for both language routes: the years and the latest featured talents. */
export async function getHonoursIndex(db: Database) {
  const [years, latest] = await Promise.all([listHonourYears(db), listLatestFeatured(db, 6)]);
  return { years, latest };
}

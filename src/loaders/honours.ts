import type { Database } from '@db/client';
import type { Actor } from '@/lib/server/auth/actor';
import { withoutHiddenTalents } from '@/lib/server/connections/blocks';
import { getHonoursYearPage, listLatestFeatured } from '@/lib/server/talents/honours';
import { listHonourYears } from '@/lib/server/talents/stats';

/**
 * The honours index for both language routes: the years and the latest featured talents. A
 * signed-in `viewer` does not see people blocked either way (their pages bypass the route cache).
 */
export async function getHonoursIndex(db: Database, viewer: Actor | null) {
  const [years, latest] = await Promise.all([listHonourYears(db), listLatestFeatured(db, 6)]);
  return { years, latest: await withoutHiddenTalents(db, viewer, latest) };
}

/** A year's honours for both language routes (null: 404), without people blocked either way. */
export async function getHonoursYear(
  db: Database,
  year: string | undefined,
  params: URLSearchParams,
  viewer: Actor | null,
) {
  const page = await getHonoursYearPage(db, year, params);
  if (!page || !viewer) return page;
  const groups = await Promise.all(
    page.groups.map(async (group) => ({
      ...group,
      cards: await withoutHiddenTalents(db, viewer, group.cards),
    })),
  );
  return { ...page, groups };
}

import type { Database } from '@db/client';
import { listAwardCalls } from '@/loaders/content/awards';
import { listNews } from '@/loaders/content/news';
import type { Lang } from '@/lib/i18n/languages';
import type { Actor } from '@/lib/server/auth/actor';
import { withoutHiddenTalents } from '@/lib/server/connections/blocks';
import { HOME_FEATURED_COUNT, listLatestFeatured } from '@/lib/server/talents/honours';
import { getNetworkStats } from '@/lib/server/talents/stats';

/**
 * Everything the home page shows, in one call for both language routes. A signed-in `viewer` does
 * not see people blocked either way among the featured (their pages bypass the route cache).
 */
export async function getHomeContent(db: Database, lang: Lang, now: Date, viewer: Actor | null) {
  const [stats, featured, news, calls] = await Promise.all([
    getNetworkStats(db),
    listLatestFeatured(db, HOME_FEATURED_COUNT),
    listNews(lang),
    listAwardCalls(lang, now),
  ]);
  return {
    stats,
    featured: await withoutHiddenTalents(db, viewer, featured),
    news: news.slice(0, 3),
    openCalls: calls.filter((call) => call.status === 'open'),
  };
}

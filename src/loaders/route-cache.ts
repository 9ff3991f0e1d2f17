import type { AstroGlobal } from 'astro';
import { getConfig } from '@/lib/server/config';

/**
 * How long a page may stay in the route cache when no change drops it first, in seconds.
 * - `data`: pages that change only when data changes; every such write drops them by tag at once,
 *   so the lifetime only bounds how long an unvisited page holds memory.
 * - `clock`: pages that also follow the calendar (an award call opens or closes, the home page's
 *   open calls): they are rendered again at least every minute.
 * No stale-while-revalidate: an expired page renders on the spot, so every answer the cache gives is
 * one the provider (`src/route-cache.ts`) checked against the change sequence first.
 */
const LIFETIMES = {
  data: { maxAge: 600 },
  clock: { maxAge: 60 },
} as const;

/**
 * The directory reads the same transaction's rows with the embedded engine, so it is `data`;
 * Meilisearch receives changes a little later through its outbox, so then it is `clock`.
 */
function lifetimeOf(kind: keyof typeof LIFETIMES | 'search') {
  if (kind === 'search') return getConfig().meilisearch ? LIFETIMES.clock : LIFETIMES.data;
  return LIFETIMES[kind];
}

/**
 * Keeps this answer in the route cache for anonymous visitors, under `tags` (see
 * `@/lib/route-cache-tags`). A signed-in visitor's page, or any answer but a 200, is never stored;
 * the cache provider (`src/route-cache.ts`) does not even look up requests with a session cookie.
 * @example cacheAnonymousPage(Astro, 'data', [talentTag(profile.talentId)]);
 */
export function cacheAnonymousPage(
  astro: Pick<AstroGlobal, 'cache' | 'locals' | 'response'>,
  kind: Parameters<typeof lifetimeOf>[0],
  tags: string[],
): void {
  if (astro.locals.actor !== null || astro.response.status !== 200) {
    astro.cache.set(false);
    return;
  }
  astro.cache.set({ ...lifetimeOf(kind), tags });
}

/**
 * Tags of the route cache (Astro's `Astro.cache.set({ tags })`): what a cached page shows, so that a
 * change drops exactly the pages that showed it. One module for pages and invalidation alike.
 */

/** A talent's own page, in both languages. */
export function talentTag(talentId: number): string {
  return `talent:${talentId}`;
}

/**
 * Lists and counts over the public network (home, honours, the directory's first page): any change
 * to a listed talent may change them (a card, a count, who is in a list).
 */
export const NETWORK_TAG = 'network';

/** An award call's page; calls come from the content collection, so only a new build changes them. */
export function callTag(slug: string): string {
  return `call:${slug}`;
}

/** The news listing (articles themselves are prerendered files, served without the app). */
export const NEWS_TAG = 'news';

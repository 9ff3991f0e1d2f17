/**
 * The route cache's provider (`cache.provider` in astro.config.mjs): the memory provider Astro ships
 * (`memoryCache()`, an LRU of whole answers keyed by URL), with what it cannot know about this app.
 *
 * - A request carrying the session cookie neither reads nor fills it: a signed-in page is personal,
 *   and Astro looks up the cache before any middleware has said who is asking.
 * - A stored answer is served only after the instance has applied the talent changes recorded in
 *   the database since it last looked (`followTalentChanges`), so a write made through another
 *   instance drops this one's stale pages too. The check runs after the lookup and only for a hit:
 *   a miss renders from the database anyway, and the other routes (images, the API, actions) never
 *   pay for it. If anything was dropped between the lookup and the end of the check, the hit may be
 *   one of them: the page is looked up again, which renders it. A page whose rendering overlapped
 *   an invalidation is not stored (it may have read the data before the change).
 * - A page served from memory tells the server entry its tags and expiry (`hand-over.ts`), so that
 *   the entry can send it again itself.
 * - The answers vary on the cookie for shared caches outside (`Vary: Cookie`), which the memory
 *   provider refuses to store; here the cookie is already part of the decision, so the header is
 *   kept from it and put back on the way out.
 */
import type { CacheProvider, CacheProviderFactory } from 'astro';
import memoryProvider, { type MemoryCacheProviderOptions } from 'astro/cache/memory';
import type { Database } from '@db/client';
import { getDb } from '@/lib/server/db';
import { carriesSessionCookie } from '@/lib/server/route-cache/anonymous';
import { describeHit, stampRendering } from '@/lib/server/route-cache/hand-over';
import { followTalentChanges } from '@/lib/server/route-cache/talent-changes';

/** The response without `Cookie` in its `Vary` header. */
function withoutCookieVary(response: Response): Response {
  const vary = response.headers.get('Vary');
  if (!vary) return response;
  const kept = vary
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && name.toLowerCase() !== 'cookie');
  if (kept.length > 0) response.headers.set('Vary', kept.join(', '));
  else response.headers.delete('Vary');
  return response;
}

/** The provider over a given database; the default export uses the app's. */
export function createRouteCache(db: Database, options?: MemoryCacheProviderOptions): CacheProvider {
  const memory = memoryProvider(options);
  /** Bumped by every invalidation, so a request can tell whether one happened since its lookup. */
  let invalidations = 0;
  const invalidate: CacheProvider['invalidate'] = (invalidateOptions) => {
    invalidations += 1;
    return memory.invalidate(invalidateOptions);
  };
  const catchUp = followTalentChanges(db, (tags) => invalidate({ tags }));
  /**
   * Renders a miss. A page rendered while changes were being applied may hold data older than them
   * and would outlive their invalidation: it is answered but not stored.
   */
  async function renderForCache(next: () => Promise<Response>): Promise<Response> {
    const seen = invalidations;
    const response = withoutCookieVary(await next());
    if (invalidations !== seen) response.headers.delete('CDN-Cache-Control');
    else if (response.headers.has('CDN-Cache-Control')) stampRendering(response);
    return response;
  }
  /** The first check sets where this instance starts following; nothing is stored before it. */
  let firstCheck: Promise<void> | null = null;
  return {
    name: 'memory, following the change sequence',
    async onRequest(context, next) {
      if (context.request.method !== 'GET' || carriesSessionCookie(context.request.headers.get('cookie')))
        return next();
      const lookUp = () => memory.onRequest!(context, () => renderForCache(next));
      // Without the sequence this instance cannot tell what is stale: it answers without the cache.
      const caughtUp = async (check: () => Promise<void>) => {
        try {
          await check();
          return true;
        } catch (error) {
          context.logger.error(`Route cache bypassed: the change sequence is unreadable (${String(error)})`);
          return false;
        }
      };
      const first = () =>
        (firstCheck ??= catchUp().catch((error: unknown) => {
          firstCheck = null;
          throw error;
        }));
      if (!(await caughtUp(first))) return next();
      const seen = invalidations;
      let response = await lookUp();
      if (response.headers.get('X-Astro-Cache') === 'HIT') {
        const checked = await caughtUp(catchUp);
        if (!checked || invalidations !== seen) {
          await response.body?.cancel();
          response = checked ? await lookUp() : await next();
        }
      }
      if (response.headers.get('X-Astro-Cache') === 'HIT') describeHit(response);
      response.headers.append('Vary', 'Cookie');
      return response;
    },
    invalidate,
  };
}

const routeCache: CacheProviderFactory<MemoryCacheProviderOptions> = (options) =>
  createRouteCache(getDb(), options);
export default routeCache;

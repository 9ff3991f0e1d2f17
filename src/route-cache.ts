/**
 * The route cache's provider (`cache.provider` in astro.config.mjs): the memory provider Astro ships
 * (`memoryCache()`, an LRU of whole answers keyed by URL), with what it cannot know about this app.
 *
 * - A request carrying the session cookie neither reads nor fills it: a signed-in page is personal,
 *   and Astro looks up the cache before any middleware has said who is asking.
 * - Before every lookup the instance applies the talent changes recorded in the database since it
 *   last looked (`followTalentChanges`), so a write made through another instance drops this one's
 *   stale pages too.
 * - The answers vary on the cookie for shared caches outside (`Vary: Cookie`), which the memory
 *   provider refuses to store; here the cookie is already part of the decision, so the header is
 *   kept from it and put back on the way out.
 */
import type { CacheProvider, CacheProviderFactory } from 'astro';
import memoryProvider, { type MemoryCacheProviderOptions } from 'astro/cache/memory';
import type { Database } from '@db/client';
import { sessionCookieName } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { followTalentChanges } from '@/lib/server/route-cache/talent-changes';

/** Whether the request carries a cookie of this name, whatever its value. */
function carriesCookie(request: Request, name: string): boolean {
  const header = request.headers.get('cookie');
  if (!header) return false;
  return header.split(';').some((pair) => pair.trimStart().startsWith(`${name}=`));
}

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
  const catchUp = followTalentChanges(db, (tags) => memory.invalidate({ tags }));
  return {
    name: 'memory, following the change sequence',
    async onRequest(context, next) {
      if (context.request.method !== 'GET' || carriesCookie(context.request, sessionCookieName()))
        return next();
      try {
        await catchUp();
      } catch (error) {
        // Without the sequence this instance cannot tell what is stale: answer without the cache.
        context.logger.error(`Route cache bypassed: the change sequence is unreadable (${String(error)})`);
        return next();
      }
      const response = await memory.onRequest!(context, async () => withoutCookieVary(await next()));
      response.headers.append('Vary', 'Cookie');
      return response;
    },
    invalidate: (options) => memory.invalidate(options),
  };
}

const routeCache: CacheProviderFactory<MemoryCacheProviderOptions> = (options) =>
  createRouteCache(getDb(), options);
export default routeCache;

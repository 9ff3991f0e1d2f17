import type { OutgoingHttpHeaders } from 'node:http';

/**
 * What the route cache's provider (src/route-cache.ts) tells the server entry about a page it served
 * from memory, so that the entry may send the same page again itself (scripts/serve/ready-answers.ts).
 * Astro removes `Cache-Tag` and `CDN-Cache-Control` from every answer after the provider, and the
 * entry runs in a bundle of its own: these private headers carry the page's tags and the moment its
 * copy in memory expires, and the entry removes them before anything is sent.
 */
const RENDERED_AT = 'X-Route-Cache-Rendered-At';
const EXPIRES_AT = 'X-Route-Cache-Expires-At';
const TAGS = 'X-Route-Cache-Tags';

/** Stamps a page being rendered for the cache with the time: its copy is stored after it. */
export function stampRendering(response: Response): void {
  response.headers.set(RENDERED_AT, String(Date.now()));
}

/** `max-age` of a `CDN-Cache-Control` header in seconds, 0 when absent (as Astro's memory provider reads it). */
function maxAgeOf(cdnCacheControl: string | null): number {
  const directive = cdnCacheControl
    ?.split(',')
    .map((part) => part.trim().toLowerCase())
    .find((part) => part.startsWith('max-age='));
  return directive ? Number.parseInt(directive.slice('max-age='.length), 10) || 0 : 0;
}

/**
 * Describes a page served from memory: its tags, and when the copy expires at the latest (its
 * rendering began before it was stored, so the copy lives at most that long).
 */
export function describeHit(response: Response): void {
  const renderedAt = Number(response.headers.get(RENDERED_AT));
  const maxAge = maxAgeOf(response.headers.get('CDN-Cache-Control'));
  if (!renderedAt || maxAge <= 0) return;
  response.headers.set(EXPIRES_AT, String(renderedAt + maxAge * 1000));
  response.headers.set(TAGS, response.headers.get('Cache-Tag') ?? '');
}

/** The hand-over of an answer's headers (as given to Node's `writeHead`), removed from them. */
export function takeHandOver(headers: OutgoingHttpHeaders): { expiresAt: number; tags: string[] } | null {
  const names = new Map(Object.keys(headers).map((name) => [name.toLowerCase(), name]));
  const take = (name: string) => {
    const key = names.get(name.toLowerCase());
    if (key === undefined) return undefined;
    const value = headers[key];
    delete headers[key];
    return Array.isArray(value) ? value.join(', ') : value?.toString();
  };
  take(RENDERED_AT);
  const expiresAt = Number(take(EXPIRES_AT));
  const tags = take(TAGS);
  if (!expiresAt || tags === undefined) return null;
  return {
    expiresAt,
    tags: tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/**
 * How long a shared cache (nginx, a CDN) may keep an anonymous page, in seconds, and how long after
 * that it may still hand out the old copy while it fetches the new one. The app's own route cache
 * follows every change at once; a cache in front shows a change within `SHARED_MAX_AGE` seconds.
 * Browsers keep nothing (`max-age=0`): a visitor who reloads asks again.
 */
export const SHARED_MAX_AGE = 5;
export const SHARED_STALE_WHILE_REVALIDATE = 30;
const PUBLIC_PAGE = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${SHARED_STALE_WHILE_REVALIDATE}`;

export interface AnswerFacts {
  /** Someone is signed in (or was: a session cookie came with the request). */
  signedIn: boolean;
  method: string;
  status: number;
  /** The answer sets a cookie (a session begins or ends). */
  setsCookie: boolean;
  /** The Cache-Control the page chose itself, if any. */
  chosen: string | null;
}

/**
 * The caching headers of a dynamic answer. Signed-in answers and answers that set a cookie are never
 * stored anywhere (`private, no-store`), whatever the page asked for, so no shared cache can ever
 * hand one person's page to another. An anonymous page keeps what it chose; otherwise a successful
 * GET may be kept briefly by shared caches, varying on the cookie because a signed-in visitor gets
 * another page.
 * @example cachePolicy({ signedIn: true, method: 'GET', status: 200, setsCookie: false, chosen: null })
 *   // { cacheControl: 'private, no-store' }
 */
export function cachePolicy(facts: AnswerFacts): { cacheControl: string; vary?: string } {
  if (facts.signedIn || facts.setsCookie) return { cacheControl: 'private, no-store' };
  if (facts.chosen) return { cacheControl: facts.chosen, vary: 'Cookie' };
  const readable = facts.method === 'GET' || facts.method === 'HEAD';
  if (!readable || facts.status !== 200) return { cacheControl: 'no-store' };
  return { cacheControl: PUBLIC_PAGE, vary: 'Cookie' };
}

/** What a shared cache (a CDN, a proxy) may keep of an anonymous public page, in seconds. */
export const PUBLIC_PAGE_MAX_AGE = 60;

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
 * GET may be shared briefly, varying on the cookie because a signed-in visitor gets another page.
 * @example cachePolicy({ signedIn: true, method: 'GET', status: 200, setsCookie: false, chosen: null })
 *   // { cacheControl: 'private, no-store' }
 */
export function cachePolicy(facts: AnswerFacts): { cacheControl: string; vary?: string } {
  if (facts.signedIn || facts.setsCookie) return { cacheControl: 'private, no-store' };
  if (facts.chosen) return { cacheControl: facts.chosen, vary: 'Cookie' };
  const readable = facts.method === 'GET' || facts.method === 'HEAD';
  if (!readable || facts.status !== 200) return { cacheControl: 'no-store' };
  return { cacheControl: `public, max-age=${PUBLIC_PAGE_MAX_AGE}`, vary: 'Cookie' };
}

import type { AstroGlobal } from 'astro';
import type { OneTimePurpose } from '@db/schema';
import { getDb } from '@/lib/server/db';
import { peekOneTimeToken } from '@/lib/server/auth/one-time';

/**
 * For a page behind a mailed link: the token from the query and whether it is still good (else the
 * page answers 400). Such
 * pages send no Referer to other sites, so the token never leaks.
 */
export async function readLinkToken(astro: AstroGlobal, purpose: OneTimePurpose, done: boolean) {
  // Not `no-referrer`: with it browsers send `Origin: null` on the page's own form, which the CSRF
  // origin check must refuse. `same-origin` keeps the token from every other site all the same.
  astro.response.headers.set('Referrer-Policy', 'same-origin');
  astro.response.headers.set('Cache-Control', 'no-store');
  const token = astro.url.searchParams.get('token') ?? '';
  const valid = (await peekOneTimeToken(getDb(), token, purpose)) !== null;
  // A link that no longer works is a client error, unless it was just used by this very request.
  if (!valid && !done && (astro.response.status ?? 200) < 400) astro.response.status = 400;
  return { token, valid };
}

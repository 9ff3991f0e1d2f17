import type { AstroGlobal } from 'astro';
import type { OneTimePurpose } from '../../../../db/schema';
import { getDb } from '../db';
import { peekOneTimeToken } from './one-time';

/**
 * For a page behind a mailed link: the token from the query and whether it is still good. Such
 * pages send no Referer, so the token never leaks to another site.
 */
export async function readLinkToken(astro: AstroGlobal, purpose: OneTimePurpose) {
  astro.response.headers.set('Referrer-Policy', 'no-referrer');
  astro.response.headers.set('Cache-Control', 'no-store');
  const token = astro.url.searchParams.get('token') ?? '';
  return { token, valid: (await peekOneTimeToken(getDb(), token, purpose)) !== null };
}

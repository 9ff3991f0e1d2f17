import { sessionCookieName } from '@/lib/server/auth/sessions';

/**
 * Whether a request's `Cookie` header carries the session cookie, whatever its value (valid,
 * expired or forged): such a request never reads nor fills a cache of pages, which are anonymous
 * ones. Both the route cache's provider and the server entry's ready answers ask it.
 * @example carriesSessionCookie(request.headers.get('cookie'))
 */
export function carriesSessionCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  const name = sessionCookieName();
  return cookieHeader.split(';').some((pair) => pair.trimStart().startsWith(`${name}=`));
}

/** Tabs, newlines and the rest, which browsers drop from URLs (so `/\t/host` reads as `//host`). */
const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;

/**
 * The page to return to after signing in, from the `next` parameter the sign-in link carries: only a
 * path on this site. Anything that a browser could read as another origin is refused: `//host`,
 * `/\host` and other backslashes (browsers read `\` as `/`), schemes (`https:`, `javascript:`),
 * control characters, and the same tricks percent-encoded (`/%2F%2Fhost`, `%5C`).
 * @example safeReturnPath('/tai-nang/nguyen-van-a?tab=2') // '/tai-nang/nguyen-van-a?tab=2'
 * @example safeReturnPath('//evil.example') // null
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  for (const text of [value, decoded]) {
    if (!text.startsWith('/') || text.startsWith('//')) return null;
    if (text.includes('\\') || [...text].some(isControl)) return null;
  }
  const base = 'http://return-path.invalid';
  const url = new URL(value, base);
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The address of the page a URL shows, to return to after signing in: its path and query, without
 * the `_action` of a form that was sent (returning means seeing the page, not sending it again).
 */
export function returnPathOfPage(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete('_action');
  return `${url.pathname}${search.size ? `?${search}` : ''}`;
}

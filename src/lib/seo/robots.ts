/**
 * robots.txt: everything public may be crawled except the JSON API and the action endpoints, which
 * are no pages. Signed-in pages and forms stay crawlable on purpose: they say `noindex`, which a
 * crawler can only read on a page it may fetch (a `Disallow` would keep them listed from links).
 */
export function robotsTxt(site: URL): string {
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /_actions/',
    '',
    `Sitemap: ${new URL('/sitemap.xml', site).href}`,
    '',
  ].join('\n');
}

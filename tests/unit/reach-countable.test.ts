import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n/languages';
import {
  countableView,
  isBotUserAgent,
  type ObservedAnswer,
  PRIVATE_PATH_PREFIXES,
} from '@/lib/reach/countable';
import { routePath } from '@/routes';

const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';
const page = (over: Partial<ObservedAnswer> = {}): ObservedAnswer => ({
  method: 'GET',
  path: '/tin-tuc',
  status: 200,
  contentType: 'text/html; charset=utf-8',
  userAgent: BROWSER,
  header: () => undefined,
  ...over,
});

describe('what counts toward reach', () => {
  it('counts a public page read in a browser, also when revalidated (304)', () => {
    expect(countableView(page())).toEqual({ kind: 'page' });
    expect(countableView(page({ status: 304 }))).toEqual({ kind: 'page' });
  });

  it('counts a branch material downloaded from its folder, by file name', () => {
    const pdf = { contentType: 'application/pdf', path: '/tai-lieu/so-tay-chuyen-doi-so.pdf' };
    expect(countableView(page(pdf))).toEqual({ kind: 'download', file: 'so-tay-chuyen-doi-so.pdf' });
    expect(countableView(page({ ...pdf, path: '/khac/so-tay.pdf' }))).toBeNull();
  });

  it('leaves out assets, feeds, errors, HEAD and posts', () => {
    expect(countableView(page({ contentType: 'text/css' }))).toBeNull();
    expect(countableView(page({ contentType: 'image/webp' }))).toBeNull();
    expect(countableView(page({ contentType: 'application/xml; charset=utf-8' }))).toBeNull();
    expect(countableView(page({ status: 404 }))).toBeNull();
    expect(countableView(page({ method: 'HEAD' }))).toBeNull();
    expect(countableView(page({ method: 'POST' }))).toBeNull();
  });

  it('leaves out crawlers, scripts and headless browsers', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0)',
      'curl/8.5.0',
      'python-requests/2.31',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/130.0 Safari/537.36',
      'facebookexternalhit/1.1',
      '',
    ])
      expect(isBotUserAgent(agent), agent).toBe(true);
    expect(isBotUserAgent(BROWSER)).toBe(false);
    expect(countableView(page({ userAgent: undefined }))).toBeNull();
  });

  it('leaves out prefetches and prerenders', () => {
    for (const [name, value] of [
      ['sec-purpose', 'prefetch'],
      ['sec-purpose', 'prefetch;prerender'],
      ['purpose', 'prefetch'],
      ['x-moz', 'prefetch'],
    ])
      expect(countableView(page({ header: (h) => (h === name ? value : undefined) }))).toBeNull();
  });

  it('leaves out the workspace, accounts and the outbox, in both languages', () => {
    for (const lang of languages)
      for (const route of [
        'workspace',
        'targets',
        'account',
        'notifications',
        'outbox',
        'forumReports',
      ] as const)
        expect(countableView(page({ path: routePath(lang, route) })), route).toBeNull();
    // A public page whose path only begins like a private one still counts.
    expect(countableView(page({ path: '/quan-tri-vien' }))).toEqual({ kind: 'page' });
  });

  it('lists private prefixes that are real routes', () => {
    const routes = languages.flatMap((lang) =>
      (['workspace', 'account', 'outbox', 'forumReports'] as const).map((name) => routePath(lang, name)),
    );
    for (const route of routes) expect(PRIVATE_PATH_PREFIXES).toContain(route);
  });
});

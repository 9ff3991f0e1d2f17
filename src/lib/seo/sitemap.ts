import type { Lang } from '@/lib/i18n/languages';
import { pageLinks } from './page-links';

/** A page to list: its path in each language, whether both are real translations, when it changed. */
export interface SitemapPage {
  alternates: Record<Lang, string>;
  /** False when the other language only shows the original untranslated: listed once then. */
  translated: boolean;
  /** The language of the original, for an untranslated page. */
  lang?: Lang;
  lastModified?: Date;
}

/**
 * Talents per sitemap: a talent is two URLs (one per language) of about 450 bytes with their
 * alternates, so 5,000 make some 4.5 MB, well under the 50,000 URLs and 50 MB a sitemap may hold
 * (sitemaps.org), and quick to build on request.
 */
export const TALENTS_PER_SITEMAP = 5_000;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<url>` entries of one page: one per language, each naming the others (Google's hreflang). */
function urlEntries(page: SitemapPage, site: URL): string[] {
  const langs: Lang[] = page.translated ? ['vi', 'en'] : [page.lang ?? 'vi'];
  return langs.map((lang) => {
    const links = pageLinks(lang, page.alternates, site, { translated: page.translated });
    const alternates = links.hreflang.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l.hreflang}" href="${escapeXml(l.href)}"/>`,
    );
    const lastmod = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : '';
    return `<url><loc>${escapeXml(links.canonical)}</loc>${lastmod}${alternates.join('')}</url>`;
  });
}

/**
 * A sitemap (sitemaps.org 0.9) of pages on the site's public address, with hreflang alternates.
 * @example sitemapXml([{ alternates: { vi: '/', en: '/en' }, translated: true }], site)
 */
export function sitemapXml(pages: SitemapPage[], site: URL): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.flatMap((page) => urlEntries(page, site)),
    '</urlset>',
  ].join('\n');
}

/** A sitemap index naming the sitemaps at these paths. */
export function sitemapIndexXml(paths: string[], site: URL): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `<sitemap><loc>${escapeXml(new URL(path, site).href)}</loc></sitemap>`),
    '</sitemapindex>',
  ].join('\n');
}

/** The path of the n-th (from 1) sitemap of talents. */
export const talentSitemapPath = (n: number) => `/sitemap-talents-${n}.xml`;
export const PAGES_SITEMAP_PATH = '/sitemap-pages.xml';

import type { Database } from '@db/client';
import { localizeEntries } from '@/lib/content/localized';
import { countPublicTalents, listPublicTalents } from '@/lib/server/seo/sitemap-talents';
import { listHonourYears } from '@/lib/server/talents/stats';
import {
  PAGES_SITEMAP_PATH,
  type SitemapPage,
  sitemapIndexXml,
  sitemapXml,
  TALENTS_PER_SITEMAP,
  talentSitemapPath,
} from '@/lib/seo/sitemap';
import { type RouteName, routeAlternates, translatedAlternates } from '@/routes';
import { readCollection } from '@/loaders/content/collections';

/** Pages that search engines should list, in both languages; forms and accounts are not among them. */
const LISTED_ROUTES: RouteName[] = [
  'home',
  'honours',
  'news',
  'awards',
  'materials',
  'newsletter',
  'search',
  'terms',
  'privacy',
  'dataRequests',
];

/** Crawlers come back for a sitemap now and then; five minutes old is fresh enough. */
const xml = (body: string) =>
  new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });

/** `/sitemap.xml`: the index of the pages' sitemap and of the talents' sitemaps. */
export async function sitemapIndexResponse(db: Database, site: URL): Promise<Response> {
  const talentSitemaps = Math.ceil((await countPublicTalents(db)) / TALENTS_PER_SITEMAP);
  const paths = [
    PAGES_SITEMAP_PATH,
    ...Array.from({ length: talentSitemaps }, (_, i) => talentSitemapPath(i + 1)),
  ];
  return xml(sitemapIndexXml(paths, site));
}

/** Articles and award calls: a translated pair once, an untranslated entry in its own language. */
async function contentPages(collection: 'news' | 'awardCalls'): Promise<SitemapPage[]> {
  const route = collection === 'news' ? 'newsArticle' : 'awardCall';
  return localizeEntries(await readCollection(collection), 'vi').map((item) => ({
    alternates: translatedAlternates(route, 'vi', item),
    translated: item.translationSlug !== undefined,
    lang: item.entry.data.lang,
  }));
}

/** `/sitemap-pages.xml`: the fixed pages, every year of honours, every article and award call. */
export async function pagesSitemapResponse(db: Database, site: URL): Promise<Response> {
  const years = await listHonourYears(db);
  const pages: SitemapPage[] = [
    ...LISTED_ROUTES.map((name) => ({ alternates: routeAlternates(name), translated: true })),
    ...years.map(({ year }) => ({ alternates: routeAlternates('honoursYear', { year }), translated: true })),
    ...(await contentPages('news')),
    ...(await contentPages('awardCalls')),
  ];
  return xml(sitemapXml(pages, site));
}

/** `/sitemap-talents-<n>.xml`: the n-th run of public profiles; 404 past the last. */
export async function talentsSitemapResponse(db: Database, site: URL, page: string): Promise<Response> {
  const n = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 0;
  const talents = n ? await listPublicTalents(db, n, TALENTS_PER_SITEMAP) : [];
  if (talents.length === 0)
    return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return xml(
    sitemapXml(
      talents.map(({ slug, updatedAt }) => ({
        alternates: routeAlternates('talent', { slug }),
        translated: true,
        lastModified: updatedAt,
      })),
      site,
    ),
  );
}

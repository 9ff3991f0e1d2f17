import rss from '@astrojs/rss';
import { opensAt } from '@/lib/awards/schedule';
import { formatFormalDate } from '@/lib/i18n/format';
import { getTranslator } from '@/lib/i18n/translate';
import type { Lang } from '@/lib/i18n/languages';
import { routePath } from '@/routes';
import { localizeEntries } from '@/lib/content/localized';
import { listNews } from './news';
import { readCollection } from './collections';

/**
 * What both feeds share: the site's public address as the base of every link (`locals.siteUrl`,
 * from `PUBLIC_SITE_URL` or the address the server listens on), and links exactly as the pages
 * answer them (the site never ends a path with a slash; @astrojs/rss adds one by default).
 */
const common = (lang: Lang, site: URL) => ({
  site: site.href,
  trailingSlash: false,
  customData: `<language>${lang}</language>`,
});

/** The RSS feed of news for readers of `lang`, newest first. */
export async function newsFeed(lang: Lang, site: URL): Promise<Response> {
  const t = getTranslator(lang);
  const items = await listNews(lang);
  return rss({
    title: t('news.feedTitle'),
    description: t('news.lead'),
    ...common(lang, site),
    items: items.map(({ entry, slug }) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: entry.data.date,
      categories: entry.data.tags.map((tag) => t(`newsTag.${tag}`)),
      link: routePath(lang, 'newsArticle', { slug }),
    })),
  });
}

/** The RSS feed of award calls, by opening day; each item says when the call opens and closes. */
export async function awardsFeed(lang: Lang, site: URL): Promise<Response> {
  const t = getTranslator(lang);
  const calls = localizeEntries(await readCollection('awardCalls'), lang).sort((a, b) =>
    b.entry.data.opens.localeCompare(a.entry.data.opens),
  );
  return rss({
    title: t('awards.feedTitle'),
    description: t('awards.lead'),
    ...common(lang, site),
    items: calls.map(({ entry, slug }) => ({
      title: entry.data.title,
      description: t('awards.feedItem', {
        award: entry.data.awardName,
        organiser: entry.data.organiser,
        opens: formatFormalDate(lang, entry.data.opens),
        closes: formatFormalDate(lang, entry.data.closes),
      }),
      pubDate: opensAt(entry.data.opens),
      link: routePath(lang, 'awardCall', { slug }),
    })),
  });
}

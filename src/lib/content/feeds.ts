import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import { opensAt } from '@/lib/awards/schedule';
import { formatFormalDate } from '@/lib/i18n/format';
import { getTranslator } from '@/lib/i18n/translate';
import type { Lang } from '@/lib/i18n/languages';
import { routePath } from '@/lib/i18n/routes';
import { localizeEntries } from './localized';
import { listNews } from './news';

/** The RSS feed of news for readers of `lang`, newest first. */
export async function newsFeed(lang: Lang, site: URL | undefined): Promise<Response> {
  const t = getTranslator(lang);
  const items = await listNews(lang);
  return rss({
    title: t('news.feedTitle'),
    description: t('news.lead'),
    site: site ?? 'http://localhost:4321',
    customData: `<language>${lang}</language>`,
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
export async function awardsFeed(lang: Lang, site: URL | undefined): Promise<Response> {
  const t = getTranslator(lang);
  const calls = localizeEntries(await getCollection('awardCalls'), lang).sort((a, b) =>
    b.entry.data.opens.localeCompare(a.entry.data.opens),
  );
  return rss({
    title: t('awards.feedTitle'),
    description: t('awards.lead'),
    site: site ?? 'http://localhost:4321',
    customData: `<language>${lang}</language>`,
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

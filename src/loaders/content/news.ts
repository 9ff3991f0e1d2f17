import type { CollectionEntry } from 'astro:content';
import type { Lang } from '@/lib/i18n/languages';
import { paginate, parsePageParam } from '@/lib/pagination';
import { type Localized, localizeEntries } from '@/lib/content/localized';
import { NEWS_PER_PAGE } from '@/lib/content/news-page';
import { isNewsTag, type NewsTag } from '@/lib/content/news-tags';
import { readCollection } from './collections';

export type NewsEntry = CollectionEntry<'news'>;
export type LocalizedNews = Localized<NewsEntry>;

/** News for readers of `lang`, newest first, with untranslated articles of the other language. */
export async function listNews(lang: Lang, tag?: NewsTag): Promise<LocalizedNews[]> {
  const all = localizeEntries(await readCollection('news'), lang);
  return all
    .filter((item) => !tag || item.entry.data.tags.includes(tag))
    .sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime());
}

/** Every tag in use with how many articles a reader of `lang` sees under it, most used first. */
export async function listNewsTags(lang: Lang): Promise<{ tag: NewsTag; total: number }[]> {
  const counts = new Map<NewsTag, number>();
  for (const item of await listNews(lang)) {
    for (const tag of item.entry.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, total]) => ({ tag, total }))
    .sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag));
}

/** Static paths of the article pages of one language, fallbacks included. */
export async function getNewsArticlePaths(lang: Lang) {
  return localizeEntries(await readCollection('news'), lang).map((item) => ({
    params: { slug: item.slug },
    props: { item },
  }));
}

/**
 * The news list for a request's query (`?tag=…&page=…`), or null when the query names a tag no
 * article has or a page that does not exist: the page then answers 404.
 */
export async function getNewsListing(lang: Lang, query: URLSearchParams) {
  const asked = query.get('tag');
  const tag = asked !== null && isNewsTag(asked) ? asked : undefined;
  const pageNumber = parsePageParam(query.get('page'));
  const tags = await listNewsTags(lang);
  if (pageNumber === null || (asked !== null && !tags.some((t) => t.tag === tag))) return null;
  const page = paginate(await listNews(lang, tag), pageNumber, NEWS_PER_PAGE);
  return page && { page, tags, tag };
}

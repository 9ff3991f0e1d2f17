import { localizeEntries } from '@/lib/content/localized';
import { languages } from '@/lib/i18n/languages';
import * as clock from '@/lib/server/clock';
import { getDb } from '@/lib/server/db';
import { schedulePeriodicJob } from '@/lib/server/housekeeping/scheduler';
import { LIST_DIGEST_EVERY_MS, type ListItem, sendListDigest } from '@/lib/server/mailing-list/digest';
import { routePath } from '@/routes';
import { readCollection } from '@/loaders/content/collections';

/**
 * The news articles and award calls as each language's readers see them, with their publication
 * time: an article's date, a call's opening day (00:00 in Viet Nam, when it opens).
 */
export async function listPublishedItems(): Promise<ListItem[]> {
  const [news, calls] = await Promise.all([readCollection('news'), readCollection('awardCalls')]);
  return languages.flatMap((lang) => [
    ...localizeEntries(news, lang).map(({ entry, slug }) => ({
      id: `news:${entry.id}`,
      lang,
      title: entry.data.title,
      summary: entry.data.summary,
      path: routePath(lang, 'newsArticle', { slug }),
      publishedAt: entry.data.date,
    })),
    ...localizeEntries(calls, lang).map(({ entry, slug }) => ({
      id: `call:${entry.id}`,
      lang,
      title: entry.data.title,
      summary: entry.data.howToApply,
      path: routePath(lang, 'awardCall', { slug }),
      publishedAt: new Date(`${entry.data.opens}T00:00:00+07:00`),
    })),
  ]);
}

/**
 * Starts the mailing list's digest job in the app (it reads the content collections, which only the
 * app's bundle holds); `src/fetch.ts` calls it once at start. Safe on several instances.
 */
export function startListDigest(): () => void {
  return schedulePeriodicJob({
    name: 'list-digest',
    everyMs: LIST_DIGEST_EVERY_MS,
    run: async () => {
      await sendListDigest(getDb(), await listPublishedItems(), clock.now());
    },
  });
}

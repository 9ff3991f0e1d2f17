import { awardYear } from '@/lib/awards/schedule';
import { localizeEntries } from '@/lib/content/localized';
import { eligibleBirthYears } from '@/lib/eligibility';
import { formatDate } from '@/lib/i18n/format';
import { isLang, type Lang } from '@/lib/i18n/languages';
import { getTranslator } from '@/lib/i18n/translate';
import { getDb } from '@/lib/server/db';
import { SHARED_MAX_AGE, SHARED_STALE_WHILE_REVALIDATE } from '@/lib/server/http/cache-policy';
import type { ShareCard } from '@/lib/server/seo/share-image';
import { talentShareCard } from '@/lib/server/seo/share-cards';
import { getShareImage } from '@/lib/server/seo/share-image-store';
import { type ShareImageKind, shareImageKinds, SITE_SHARE_NAME } from '@/lib/seo/share-image-path';
import { listNews } from './content/news';
import { readCollection } from '@/loaders/content/collections';

/**
 * How long caches keep an image. A talent may hide their photo at any time, so theirs is kept as
 * briefly as a public page (revalidated by ETag: a 304 costs one query and no drawing); news, calls
 * and the site change only with a deploy.
 */
const CACHE_CONTROL: Record<ShareImageKind, string> = {
  talent: `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${SHARED_STALE_WHILE_REVALIDATE}`,
  news: 'public, max-age=86400',
  call: 'public, max-age=86400',
  site: 'public, max-age=86400',
};

async function cardOf(lang: Lang, kind: ShareImageKind, name: string): Promise<ShareCard | null> {
  const t = getTranslator(lang);
  if (kind === 'talent') return talentShareCard(getDb(), name, lang, t);
  if (kind === 'news') {
    const item = (await listNews(lang)).find((news) => news.slug === name);
    if (!item) return null;
    const { title, summary, date } = item.entry.data;
    return { eyebrow: t('share.newsEyebrow', { date: formatDate(lang, date) }), title, lines: [summary] };
  }
  if (kind === 'call') {
    const item = localizeEntries(await readCollection('awardCalls'), lang).find((call) => call.slug === name);
    if (!item) return null;
    const { data } = item.entry;
    // Nothing that changes with the day (open, closing soon): the picture is kept by caches and apps.
    const { from, to } = eligibleBirthYears(awardYear(data), data.eligibility);
    return {
      eyebrow: t('share.callEyebrow', { date: formatDate(lang, data.closes) }),
      title: data.title,
      lines: [data.organiser, t('share.callBirthYears', { from: String(from), to: String(to) })],
    };
  }
  if (name !== SITE_SHARE_NAME) return null;
  return { eyebrow: t('footer.owner'), title: t('site.name'), lines: [t('site.tagline')] };
}

/**
 * The share image (PNG, 1200×630) at `/chia-se/<lang>/<kind>/<name>.png`, with an ETag of what it
 * shows; a request that already holds it gets 304 without any drawing. Unknown or hidden: 404.
 */
export async function shareImageResponse(
  params: { lang?: string; kind?: string; name?: string },
  request: Request,
): Promise<Response> {
  const { lang, kind, name } = params;
  const known = isLang(lang) && (shareImageKinds as readonly string[]).includes(kind ?? '');
  const card = known && name ? await cardOf(lang, kind as ShareImageKind, name) : null;
  if (!card) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const { png, hash } = await getShareImage(card);
  const headers = {
    ETag: `"${hash}"`,
    'Cache-Control': CACHE_CONTROL[kind as ShareImageKind],
  };
  if (request.headers.get('If-None-Match')?.includes(`"${hash}"`))
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(png), {
    headers: { ...headers, 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) },
  });
}

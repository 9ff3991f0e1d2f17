import type { Lang } from '@/lib/i18n/languages';
import { getConfig } from '@/lib/server/config';

/**
 * Paths that mail sent by background jobs links to. They mirror routes of src/routes.ts, which
 * code outside Astro's runtime cannot import; tests/unit/site-links.test.ts holds them equal.
 */
export const mailPaths = {
  notifications: { vi: '/tai-khoan/thong-bao', en: '/en/account/notifications' },
  employerTalents: { vi: '/tai-khoan/doanh-nghiep/tai-nang', en: '/en/account/employer/talents' },
  talent: { vi: '/tai-nang/', en: '/en/talents/' },
  accountRequests: { vi: '/tai-khoan/yeu-cau', en: '/en/account/requests' },
  listConfirm: { vi: '/nhan-tin/xac-nhan', en: '/en/newsletter/confirm' },
  listUnsubscribe: { vi: '/nhan-tin/huy', en: '/en/newsletter/unsubscribe' },
  accountProfile: { vi: '/tai-khoan/ho-so', en: '/en/account/profile' },
  yearlyReport: { vi: '/quan-tri/bao-cao-nam', en: '/en/workspace/yearly-report' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The absolute address of a mailed link, on the site's public address.
 * @example mailLink('en', 'talent', 'nguyen-van-duc') // 'https://…/en/talents/nguyen-van-duc'
 */
export function mailLink(
  lang: Lang,
  page: keyof typeof mailPaths,
  slug?: string,
  query?: Record<string, string>,
): string {
  const path = mailPaths[page][lang] + (slug ? encodeURIComponent(slug) : '');
  const url = new URL(path, getConfig().publicSiteUrl);
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The address list mail names in `List-Unsubscribe` (RFC 8058): a POST of `List-Unsubscribe=One-Click`
 * there unsubscribes at once. The server entry answers it (scripts/serve/one-click-unsubscribe.ts):
 * Astro's origin check refuses cross-site form posts, which is what a mail provider's click is.
 */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/api/list-unsubscribe';

export function oneClickUnsubscribeLink(token: string): string {
  const url = new URL(ONE_CLICK_UNSUBSCRIBE_PATH, getConfig().publicSiteUrl);
  url.searchParams.set('token', token);
  return url.href;
}

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
  yearlyReport: { vi: '/quan-tri/bao-cao-nam', en: '/en/workspace/yearly-report' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The absolute address of a mailed link, on the site's public address.
 * @example mailLink('en', 'talent', 'nguyen-van-duc') // 'https://…/en/talents/nguyen-van-duc'
 */
export function mailLink(lang: Lang, page: keyof typeof mailPaths, slug?: string): string {
  const path = mailPaths[page][lang] + (slug ? encodeURIComponent(slug) : '');
  return new URL(path, getConfig().publicSiteUrl).href;
}

import type { Lang } from '@/lib/i18n/languages';

/** What a share image shows: a talent's public card, a news article, an award call, or the site itself. */
export const shareImageKinds = ['talent', 'news', 'call', 'site'] as const;
export type ShareImageKind = (typeof shareImageKinds)[number];

/** The name of the site's own share image, for pages without one of their own. */
export const SITE_SHARE_NAME = 'mang-luoi';

/** Open Graph's recommended size, which Facebook, Zalo and X show large. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The path of the share image (PNG) of a talent, an article, an award call or the site, in a language.
 * @example shareImagePath('vi', 'talent', 'nguyen-van-an') // '/chia-se/vi/talent/nguyen-van-an.png'
 */
export function shareImagePath(lang: Lang, kind: ShareImageKind, name: string): string {
  return `/chia-se/${lang}/${kind}/${encodeURIComponent(name)}.png`;
}

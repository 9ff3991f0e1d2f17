import { defaultLang, type Lang, languages } from '@/lib/i18n/languages';

/** A page in both languages: each language's path, as `routeAlternates` gives them. */
type Alternates = Record<Lang, string>;

export interface PageLinks {
  canonical: string;
  /** `<link rel="alternate" hreflang>` pairs, empty when the page exists in one language only. */
  hreflang: { hreflang: string; href: string }[];
}

/**
 * The absolute canonical URL of a page and its hreflang links, on the site's public address.
 * A page shown in the other language because it has no translation is a copy: its canonical is the
 * original (`canonicalLang`) and it claims no language pair. `x-default` is the Vietnamese page, the
 * site's first language, for readers of any other language.
 * @example pageLinks('en', { vi: '/tai-nang/an', en: '/en/talents/an' }, new URL('https://x.vn'))
 *   // canonical 'https://x.vn/en/talents/an', hreflang vi, en and x-default
 */
export function pageLinks(
  lang: Lang,
  alternates: Alternates,
  site: URL,
  { translated = true, canonicalLang = lang }: { translated?: boolean; canonicalLang?: Lang } = {},
): PageLinks {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    canonical: absolute(alternates[canonicalLang]),
    hreflang: translated
      ? [
          ...languages.map((l) => ({ hreflang: l, href: absolute(alternates[l]) })),
          { hreflang: 'x-default', href: absolute(alternates[defaultLang]) },
        ]
      : [],
  };
}

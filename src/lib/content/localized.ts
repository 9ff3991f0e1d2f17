import type { Lang } from '@/lib/i18n/languages';

/** What the localisation needs of a content entry of either collection. */
interface Translatable {
  id: string;
  data: { lang: Lang; translationKey?: string | undefined };
}

export interface Localized<E> {
  entry: E;
  /** The last segment of the entry id ("vi/le-vinh-danh" → "le-vinh-danh"), used in URLs. */
  slug: string;
  /** True when the entry is in the other language because this one has no translation. */
  fallback: boolean;
  /** The slug of the same content in the other language, when it has a translation there. */
  translationSlug?: string;
}

export function entrySlug(entry: { id: string }): string {
  return entry.id.split('/').at(-1)!;
}

/**
 * The entries a reader of `lang` sees: everything written in `lang`, plus entries of the other
 * language that have no translation into `lang`, marked as fallbacks.
 */
export function localizeEntries<E extends Translatable>(entries: readonly E[], lang: Lang): Localized<E>[] {
  const byKey = new Map<string, E[]>();
  for (const entry of entries) {
    const key = entry.data.translationKey;
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const translationOf = (entry: E) =>
    entry.data.translationKey
      ? byKey.get(entry.data.translationKey)?.find((other) => other.data.lang !== entry.data.lang)
      : undefined;

  return entries.flatMap((entry): Localized<E>[] => {
    const translation = translationOf(entry);
    if (entry.data.lang !== lang && translation) return [];
    return [
      {
        entry,
        slug: entrySlug(entry),
        fallback: entry.data.lang !== lang,
        ...(translation ? { translationSlug: entrySlug(translation) } : {}),
      },
    ];
  });
}

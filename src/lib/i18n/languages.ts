export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'vi';

/** BCP 47 tags for `Intl` and `<html lang>`. */
export const localeTags: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The other site language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

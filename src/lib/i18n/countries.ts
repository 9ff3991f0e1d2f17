import { type Lang, localeTags } from './languages';

/** A country's name in the reader's language from its ISO 3166-1 code; the code if unknown. */
export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([localeTags[lang]], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

import { type Lang, localeTags } from './languages';

/** Built once per language: each one holds native ICU data. */
const regionNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the reader's language from its ISO 3166-1 code; the code if unknown. */
export function countryName(lang: Lang, code: string): string {
  try {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([localeTags[lang]], { type: 'region' });
      regionNames.set(lang, names);
    }
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

import { en } from './en';
import { type Lang, localeTags } from './languages';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** One translator per language, built once: an `Intl.NumberFormat` per request is costly. */
const translators = new Map<Lang, Translate>();

/**
 * A translator for one language. `{name}` placeholders are filled from `params`; numbers are
 * formatted for the language.
 * @example getTranslator('vi')('talent.age', { age: 24 })
 */
export function getTranslator(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    translate = buildTranslator(lang);
    translators.set(lang, translate);
  }
  return translate;
}

function buildTranslator(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  // 'min2' leaves four-digit numbers such as years ungrouped (2024, not 2.024).
  const numbers = new Intl.NumberFormat(localeTags[lang], { useGrouping: 'min2' });
  return (key, params) => {
    const template = dictionary[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** Whether a string is a key of the dictionaries (action errors carry keys as their message). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(vi, value);
}

import { en } from './en';
import { formatNumber } from './format';
import { type Lang, localeTags } from './languages';
import type { Message } from './messages/types';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Lang, Record<MessageKey, Message>> = { vi, en };

/** One translator per language, built once: an `Intl.NumberFormat` per request is costly. */
const translators = new Map<Lang, Translate>();

/**
 * A translator for one language. `{name}` placeholders are filled from `params`; numbers are
 * formatted for the language; a plural message takes the form `Intl.PluralRules` gives `count`.
 * @example getTranslator('en')('search.total', { count: 1 }) // "1 talent"
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
  const plurals = new Intl.PluralRules(localeTags[lang]);
  return (key, params) => {
    const message = dictionary[key];
    const template =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params?.count ?? 0))] ?? message.other);
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(lang, value) : value;
    });
  };
}

/** Whether a string is a key of the dictionaries (action errors carry keys as their message). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(vi, value);
}

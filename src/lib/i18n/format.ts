import { type Lang, localeTags } from './languages';

/**
 * Date formatters by language and month style. Building an `Intl.DateTimeFormat` costs far more
 * than formatting with one, and each holds native ICU memory: made per call, they took a tenth of
 * the home page's CPU and grew the server past 400 MB under load.
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in the reader's language; YYYY-MM-DD strings are read as Viet Nam days. */
export function formatDate(lang: Lang, date: Date | string, month: 'long' | 'short' = 'long'): string {
  const instant = typeof date === 'string' ? new Date(`${date}T12:00:00+07:00`) : date;
  const key = `${lang}:${month}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTags[lang], {
      day: 'numeric',
      month,
      year: 'numeric',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(instant);
}

const numberFormatters = new Map<Lang, Intl.NumberFormat>();

/** A number in the reader's language, grouped by thousands (9.709 in Vietnamese, 9,709 in English). */
export function formatNumber(lang: Lang, value: number): string {
  let formatter = numberFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeTags[lang]);
    numberFormatters.set(lang, formatter);
  }
  return formatter.format(value);
}

/** A machine-readable day for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

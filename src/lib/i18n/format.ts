import { type Lang, localeTags } from './languages';

/** A calendar date in the reader's language; YYYY-MM-DD strings are read as Viet Nam days. */
export function formatDate(lang: Lang, date: Date | string, month: 'long' | 'short' = 'long'): string {
  const instant = typeof date === 'string' ? new Date(`${date}T12:00:00+07:00`) : date;
  return new Intl.DateTimeFormat(localeTags[lang], {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(instant);
}

/** A machine-readable day for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import { type Lang, localeTags } from './languages';

/*
 * Dates as Vietnamese government and Youth Union sites write them, not as CLDR does ("15 tháng 10,
 * 2026", "15 thg 10, 2026"): "15/10/2026" in the UI and lists, zero-padded as Decree 30/2020/NĐ-CP
 * asks; "ngày 15 tháng 10 năm 2026" in formal text. English follows en-GB: "15 October 2026".
 */

type Day = Date | string;

/*
 * Formatters are built once: building an `Intl.DateTimeFormat` costs far more than formatting with
 * one, and each holds native ICU memory (made per call, they took a tenth of the home page's CPU and
 * grew the server past 400 MB under load).
 */
const vietNamDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const englishMonths = {
  long: new Intl.DateTimeFormat(localeTags.en, { month: 'long', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat(localeTags.en, { month: 'short', timeZone: 'UTC' }),
};
const numberFormats = {
  vi: new Intl.NumberFormat(localeTags.vi),
  en: new Intl.NumberFormat(localeTags.en),
} satisfies Record<Lang, Intl.NumberFormat>;

/** The day's parts in Viet Nam; YYYY-MM-DD strings are read as Viet Nam days. */
function dayParts(date: Day): { day: number; month: number; year: number } {
  const instant = typeof date === 'string' ? new Date(`${date}T12:00:00+07:00`) : date;
  const parts = vietNamDay.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}

const pad = (n: number) => String(n).padStart(2, '0');

const englishMonth = (month: number, width: 'long' | 'short') =>
  englishMonths[width].format(new Date(Date.UTC(2000, month - 1, 1)));

/**
 * A calendar day for the UI and lists.
 * @example formatDate('vi', '2026-03-05') // "05/03/2026"
 * @example formatDate('en', '2026-03-05') // "5 March 2026"; with 'short': "5 Mar 2026"
 */
export function formatDate(lang: Lang, date: Day, month: 'long' | 'short' = 'long'): string {
  const { day, month: m, year } = dayParts(date);
  return lang === 'vi' ? `${pad(day)}/${pad(m)}/${year}` : `${day} ${englishMonth(m, month)} ${year}`;
}

/**
 * A calendar day in formal Vietnamese prose (as official documents date themselves: a zero before
 * days 1–9 and months 1–2); English has one form.
 * @example formatFormalDate('vi', '2027-02-01') // "ngày 01 tháng 02 năm 2027"
 */
export function formatFormalDate(lang: Lang, date: Day): string {
  if (lang === 'en') return formatDate('en', date);
  const { day, month, year } = dayParts(date);
  return `ngày ${pad(day)} tháng ${month < 3 ? pad(month) : month} năm ${year}`;
}

/**
 * Two days as one span, the year said once when both share it.
 * @example formatDateRange('vi', '2026-10-15', '2026-12-15') // "15/10 – 15/12/2026"
 * @example formatDateRange('en', '2026-10-15', '2026-12-15') // "15 Oct – 15 Dec 2026"
 */
export function formatDateRange(lang: Lang, from: Day, to: Day): string {
  const start = dayParts(from);
  const end = dayParts(to);
  const last = formatDate(lang, to, 'short');
  if (start.year !== end.year) return `${formatDate(lang, from, 'short')} – ${last}`;
  const first =
    lang === 'vi'
      ? `${pad(start.day)}/${pad(start.month)}`
      : `${start.day} ${englishMonth(start.month, 'short')}`;
  return `${first} – ${last}`;
}

/**
 * A count, grouped as each language groups it ("1.234" in Vietnamese, "1,234" in English). Years are
 * not counts: pass them as strings so that 2024 never reads "2.024".
 */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}

/** A machine-readable day for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const vietNamTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/**
 * A moment for lists (a meetup's start, a post's time), in Viet Nam's time.
 * @example formatDateTime('vi', new Date('2026-12-20T11:30:00Z')) // "20/12/2026 18:30"
 * @example formatDateTime('en', new Date('2026-12-20T11:30:00Z')) // "20 Dec 2026, 18:30"
 */
export function formatDateTime(lang: Lang, date: Date): string {
  const time = vietNamTime.format(date);
  return lang === 'vi' ? `${formatDate('vi', date)} ${time}` : `${formatDate('en', date, 'short')}, ${time}`;
}

const percentFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(localeTags.vi, { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(localeTags.en, { style: 'percent', maximumFractionDigits: 0 }),
};

/** A share as a whole percentage ("40%"). */
export function formatPercent(lang: Lang, share: number): string {
  return percentFormats[lang].format(share);
}

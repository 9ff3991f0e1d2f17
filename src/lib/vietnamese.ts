/**
 * Vietnamese text helpers shared by search, slugs and sorting. Folding here is the single definition
 * of "the same letters without accents" for every engine and every query.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Lower-cases and removes tone marks and diacritics, mapping `đ` to `d`, which Unicode does not
 * decompose.
 * @example foldVietnamese('Nguyễn Văn Đức') // 'nguyen van duc'
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/gi, 'd').toLowerCase().normalize('NFC');
}

/** A URL slug from any text: folded, ASCII letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export const compareVietnamese = collator.compare;

/** The given name: the last word of a Vietnamese full name ("Nguyễn Thị Mai" → "Mai"). */
export function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/**
 * Orders people as Vietnamese lists do: by given name, then by the full name from the family name.
 * @example ['Trần Văn Bình', 'Lê Thị An'].sort(compareVietnameseNames) // Lê Thị An first
 */
export function compareVietnameseNames(a: string, b: string): number {
  return collator.compare(givenName(a), givenName(b)) || collator.compare(a, b);
}

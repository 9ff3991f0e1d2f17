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
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .normalize('NFC');
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

/** Vietnamese letters in alphabetical order; tone marks are compared only after all letters. */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz0123456789';
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // huyền, hỏi, ngã, sắc, nặng
const LETTER_MARKS = /[\u0306\u0302\u031b]/; // breve, circumflex, horn

/**
 * A key whose plain string order is Vietnamese alphabetical order of `text`, for sorting many
 * names fast; agrees with {@link compareVietnamese} on letters and tones.
 */
export function vietnameseSortKey(text: string): string {
  let letters = '';
  let tones = '';
  for (const char of text.toLowerCase().normalize('NFD')) {
    const tone = TONES.indexOf(char);
    if (tone >= 0) {
      tones = tones.slice(0, -1) + String.fromCharCode(0x42 + tone);
      continue;
    }
    if (LETTER_MARKS.test(char) && letters) {
      // The mark turns the previous letter into ă, â, ê, ô, ơ or ư.
      const previous = ALPHABET[letters.charCodeAt(letters.length - 1) - 0x100] ?? '';
      const index = ALPHABET.indexOf((previous + char).normalize('NFC'));
      if (index >= 0) letters = letters.slice(0, -1) + String.fromCharCode(0x100 + index);
      continue;
    }
    const index = ALPHABET.indexOf(char);
    if (index >= 0) {
      letters += String.fromCharCode(0x100 + index);
      tones += 'A';
    } else if (/\s/.test(char)) {
      letters += ' ';
      tones += ' ';
    }
  }
  return `${letters}\u0000${tones}`;
}

/** The sort key of a person's name: given name first, then the full name, as in {@link compareVietnameseNames}. */
export function vietnameseNameKey(fullName: string): string {
  return `${vietnameseSortKey(givenName(fullName))}\u0001${vietnameseSortKey(fullName)}`;
}

/**
 * The initials of a name for an avatar: Vietnamese names put the given name last, so its initial
 * after the family name's reads naturally.
 * @example initialsOf('Nguyễn Văn An') // 'NA'
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

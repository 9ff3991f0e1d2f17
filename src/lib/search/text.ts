import { foldVietnamese } from '@/lib/vietnamese';
import { oneWaySynonyms, synonymGroups } from './synonyms';

/** Engines read at most this many query words (Meilisearch's own limit), so both agree. */
export const MAX_QUERY_WORDS = 10;

/** Words of a text as the engines see them: folded, letters and digits only. */
export function searchWords(text: string): string[] {
  return foldVietnamese(text).match(/[a-z0-9]+/g) ?? [];
}

/** The words of a query, capped at {@link MAX_QUERY_WORDS}. */
export function queryWords(text: string): string[] {
  return searchWords(text).slice(0, MAX_QUERY_WORDS);
}

/** Typos forgiven in a word: one from 5 letters, two from 9 (Meilisearch's defaults). */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Edit distance with adjacent transpositions counting once, giving up past `max`
 * (returns max + 1 then). Bounded, because it runs against every term of the index.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const fold = (phrase: string) => searchWords(phrase).join(' ');

/** Each group folded, with the one-way abbreviations that stand for it. */
const foldedGroups = synonymGroups.map((group) => {
  const members = group.map(fold);
  const oneWay = Object.entries(oneWaySynonyms)
    .filter(([, target]) => members.includes(fold(target)))
    .map(([abbreviation]) => fold(abbreviation));
  return { members, oneWay };
});

/**
 * Folded text with the synonyms of every phrase it contains appended, so that "CNTT" finds
 * "công nghệ thông tin" and the other way round without rewriting queries.
 * @example withSynonyms('Tin học') // 'tin hoc cntt cong nghe thong tin information technology it'
 */
export function withSynonyms(text: string): string {
  const folded = searchWords(text).join(' ');
  const padded = ` ${folded} `;
  const extra = foldedGroups.flatMap(({ members, oneWay }) =>
    members.some((member) => padded.includes(` ${member} `))
      ? [...members, ...oneWay].filter((member) => !padded.includes(` ${member} `))
      : [],
  );
  return extra.length ? `${folded} ${extra.join(' ')}` : folded;
}

/**
 * The words of a name joined as people type them without spaces ("nguyenvanduc", "vanduc"), for
 * the name's index text: Meilisearch finds joined words by concatenating query words, FTS5 only
 * finds words it indexed. Every run of two or more consecutive words, at most five of them.
 * @example joinedNameWords('Nguyễn Văn Đức') // ['nguyenvan', 'nguyenvanduc', 'vanduc']
 */
export function joinedNameWords(fullName: string): string[] {
  const words = searchWords(fullName).slice(0, 5);
  const joined: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= words.length; end++) joined.push(words.slice(start, end).join(''));
  }
  return joined;
}

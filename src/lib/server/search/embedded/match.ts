import { sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import type { MatchedTerms } from '@/lib/search/highlight';
import { editDistance, queryWords, typoBudget } from '@/lib/search/text';

/**
 * How long a term list is used before it may be read again, when the index changed meanwhile: new
 * words become typo-tolerant within this time. Reading scans the whole FTS index (most of a second
 * at 100,000 talents, blocking the process), so an unchanged index is never read twice.
 */
const VOCABULARY_TTL_MS = 60_000;

interface Vocabulary {
  terms: Set<string>;
  sorted: string[];
  byLength: Map<number, string[]>;
  loadedAt: number;
  /** The index's change number it was read at. */
  seq: number;
}

/** One vocabulary per database (tests and tools may open several in one process), being read or read. */
const vocabularies = new WeakMap<Database, { current: Promise<Vocabulary>; next: Promise<void> | null }>();

/**
 * The folded terms of the index, space-separated in one string (one value to convert, not a row
 * per term); the accented terms of the `exact` column are left out. Saved with the directory's
 * snapshot so that a new process need not read them before its first search.
 */
export async function readVocabularyText(db: Database): Promise<string> {
  const [row] = await db.all<{ terms: string | null }>(
    sql`SELECT group_concat(term, ' ') AS terms FROM search_vocab WHERE term NOT GLOB '*[^a-z0-9]*'`,
  );
  return row?.terms ?? '';
}

/** The terms grouped by length, for finding typo variants fast. */
function vocabularyOf(text: string, seq: number, loadedAt: number): Vocabulary {
  const terms = new Set(text === '' ? [] : text.split(' '));
  const byLength = new Map<number, string[]>();
  for (const term of terms) {
    const sameLength = byLength.get(term.length);
    if (sameLength) sameLength.push(term);
    else byLength.set(term.length, [term]);
  }
  return { terms, sorted: [...terms].sort(), byLength, loadedAt, seq };
}

async function readVocabulary(db: Database, seq: number): Promise<Vocabulary> {
  return vocabularyOf(await readVocabularyText(db), seq, Date.now());
}

/**
 * Starts `db`'s vocabulary from a saved copy read at change `seq`, unless one is already known.
 * @example useSavedVocabulary(db, 'an binh nguyen', 98)
 */
export function useSavedVocabulary(db: Database, text: string, seq: number): void {
  if (!vocabularies.has(db))
    vocabularies.set(db, { current: Promise.resolve(vocabularyOf(text, seq, Date.now())), next: null });
}

/**
 * The vocabulary of the index at change `seq` or a little older. Once read, an old one is still
 * used while a fresh one is read in the background, which no search waits for.
 */
export async function loadVocabulary(db: Database, seq: number): Promise<Vocabulary> {
  const cached = vocabularies.get(db);
  if (!cached) {
    const current = readVocabulary(db, seq);
    vocabularies.set(db, { current, next: null });
    current.catch(() => vocabularies.delete(db));
    return current;
  }
  const vocabulary = await cached.current;
  const changed = vocabulary.seq !== seq;
  if (changed && Date.now() - vocabulary.loadedAt >= VOCABULARY_TTL_MS && !cached.next) {
    cached.next = readVocabulary(db, seq)
      .then((fresh) => {
        cached.current = Promise.resolve(fresh);
      })
      .catch((error: unknown) => console.warn('Search: reading the vocabulary failed:', error))
      .finally(() => {
        cached.next = null;
      });
  }
  return vocabulary;
}

/** Whether a sorted list holds a term starting with `prefix` (binary search). */
function hasPrefix(sorted: string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return sorted[low]?.startsWith(prefix) ?? false;
}

/** Terms of the index within the word's typo budget. */
function typoVariants(word: string, byLength: Map<number, string[]>): string[] {
  const budget = typoBudget(word);
  if (budget === 0) return [];
  const found: string[] = [];
  for (let length = word.length - budget; length <= word.length + budget; length++) {
    for (const term of byLength.get(length) ?? []) {
      if (editDistance(word, term, budget) <= budget) found.push(term);
    }
  }
  return found;
}

export interface MatchPlan {
  /** FTS5 expressions over the folded columns: all of them, and name or awards. */
  expression: string;
  nameOrAwardsExpression: string;
  /** Per query word: the whole words it matches and, for the last word, the prefix it matches. */
  groups: { words: string[]; prefix: string | null }[];
  /** FTS5 expression over the accented column, when the query has accents. */
  exactExpression: string | null;
  terms: MatchedTerms;
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * Turns a query into FTS5 expressions: every word must match (as typed without accents, or, when
 * the index has no such word, within its typo budget); the last word also matches as a prefix.
 * Returns null when the query has no searchable word. `seq` is the index's change number now.
 */
export async function planMatch(db: Database, text: string, seq: number): Promise<MatchPlan | null> {
  const words = queryWords(text);
  if (words.length === 0) return null;
  const { terms, sorted, byLength } = await loadVocabulary(db, seq);
  const matched = new Set<string>();
  const last = words.length - 1;
  const groups = words.map((word, i) => {
    const isPrefix = i === last;
    const known = isPrefix ? hasPrefix(sorted, word) : terms.has(word);
    const variants = known ? [] : typoVariants(word, byLength);
    [word, ...variants].forEach((term) => matched.add(term));
    return isPrefix ? { words: variants, prefix: word } : { words: [word, ...variants], prefix: null };
  });
  const all = groups
    .map(({ words: whole, prefix }) => {
      const alternatives = [...(prefix ? [`${quote(prefix)}*`] : []), ...whole.map(quote)];
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
  return {
    expression: `{name awards body} : (${all})`,
    nameOrAwardsExpression: `{name awards} : (${all})`,
    groups,
    exactExpression: exactExpression(text),
    terms: { words: matched, prefix: words[last]! },
  };
}

/** For a query typed with accents: the same words with their accents, to rank exact matches first. */
function exactExpression(text: string): string | null {
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.some((word) => /[^a-z0-9]/.test(word))) return null;
  const parts = words
    .slice(0, 10)
    .map((word, i, all) => (i === all.length - 1 ? `${quote(word)}*` : quote(word)));
  return `exact : (${parts.join(' AND ')})`;
}

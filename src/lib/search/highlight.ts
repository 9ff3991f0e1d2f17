import { foldVietnamese } from '@/lib/vietnamese';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => escapes[ch]!);
}

/** Folded words to mark: whole words (query words and their typo variants) and a prefix being typed. */
export interface MatchedTerms {
  words: ReadonlySet<string>;
  prefix: string | null;
}

/**
 * HTML of `text` with `<mark>` around each word whose folded form is a matched word or starts with
 * the prefix; everything else is escaped, so the result is safe to insert as HTML.
 * @example highlightHtml('Nguyễn Văn Đức', { words: new Set(['duc']), prefix: null }) // 'Nguyễn Văn <mark>Đức</mark>'
 */
export function highlightHtml(text: string, terms: MatchedTerms): string {
  const matches = (word: string) => {
    const folded = foldVietnamese(word);
    return terms.words.has(folded) || (terms.prefix !== null && folded.startsWith(terms.prefix));
  };
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => (i % 2 === 1 && matches(part) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join('');
}

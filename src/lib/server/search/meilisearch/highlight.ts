import type { Hit } from 'meilisearch';
import { escapeHtml, highlightHtml } from '@/lib/search/highlight';
import { cardFields, toHit } from '@/lib/search/hits';
import { queryWords } from '@/lib/search/text';
import type { SearchHit } from '@/lib/search/types';
import type { MeilisearchDocument } from './settings';

/** What a search asks Meilisearch to return of each hit: the card, nothing else of the document. */
export type MeilisearchCard = Pick<MeilisearchDocument, (typeof cardFields)[number]>;

/**
 * Highlight tags for Meilisearch: control characters that talent text does not contain (a text that
 * does is marked locally instead), turned into `<mark>` only after escaping, as Meilisearch escapes nothing.
 */
const PRE = '\u0001';
const POST = '\u0002';

/** Search parameters asking Meilisearch to mark matches in the fields the result cards highlight. */
export const highlightRequest = {
  attributesToHighlight: ['fullName', 'shortBio'],
  highlightPreTag: PRE,
  highlightPostTag: POST,
};

/** A result card from a Meilisearch hit, marks placed from Meilisearch's own match positions. */
export function toHighlightedHit({ _formatted, ...stored }: Hit<MeilisearchCard>, text: string): SearchHit {
  // 0 stands for "never honoured" in the stored document (see MeilisearchDocument).
  const hit = toHit({ ...stored, latestHonourYear: stored.latestHonourYear || null }, null);
  if (!text) return hit;
  const words = queryWords(text);
  const terms = { words: new Set(words), prefix: words.at(-1) ?? null };
  const mark = (plain: string, formatted: unknown) =>
    markFormatted(plain, formatted) ?? highlightHtml(plain, terms);
  return {
    ...hit,
    highlighted: {
      fullName: mark(hit.fullName, _formatted?.fullName),
      shortBio: mark(hit.shortBio, _formatted?.shortBio),
    },
  };
}

/**
 * HTML of `text` with `<mark>` around every word Meilisearch marked in `formatted`, wholly or in part
 * (it marks only the typed part of a prefix; the embedded engine marks the word). Null when the
 * formatted text is not the original plus tags, so nothing Meilisearch returns reaches the page unescaped.
 */
function markFormatted(text: string, formatted: unknown): string | null {
  if (typeof formatted !== 'string' || text.includes(PRE) || text.includes(POST)) return null;
  const marked: boolean[] = [];
  let inside = false;
  let plain = '';
  for (const char of formatted) {
    if (char === PRE || char === POST) inside = char === PRE;
    else {
      plain += char;
      for (let i = 0; i < char.length; i++) marked.push(inside);
    }
  }
  if (plain !== text) return null;
  let offset = 0;
  return text
    .split(/([\p{L}\p{M}\p{N}]+)/u)
    .map((part, i) => {
      const start = offset;
      offset += part.length;
      return i % 2 === 1 && marked.slice(start, offset).some(Boolean)
        ? `<mark>${escapeHtml(part)}</mark>`
        : escapeHtml(part);
    })
    .join('');
}

/**
 * Searches through SQLite's FTS5 tables, whose text is folded like {@link foldVietnamese} folds
 * (tone marks removed, đ read as d): the audit log's `audit_search` and the talents' `talent_names`.
 */
import { foldVietnamese } from '@/lib/vietnamese';

/** The folded words of a search (letters and digits; at most eight). */
export function searchWords(q: string): string[] {
  return foldVietnamese(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * The words of a search as an FTS5 expression: each folded word must match as a prefix.
 * @example searchExpression('Lê Đức') // '"le"* "duc"*'
 */
export function searchExpression(q: string): string | null {
  const words = searchWords(q);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

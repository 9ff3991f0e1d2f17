/**
 * Searches through SQLite's FTS5 tables, whose text is folded like {@link foldVietnamese} folds
 * (tone marks removed, đ read as d): the audit log's `audit_search` and the talents' `talent_names`.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { talents } from '@db/schema';
import { foldVietnamese } from '@/lib/vietnamese';

/**
 * The words of a search as an FTS5 expression: each folded word must match as a prefix.
 * @example searchExpression('Lê Đức') // '"le"* "duc"*'
 */
export function searchExpression(q: string): string | null {
  const words = foldVietnamese(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/**
 * The talents whose name has a word starting with each word of `q`, any tone marks ("duc" and
 * "Đức" find "Nguyễn Văn Đức"), through the name index (migration 0027): the cost follows the
 * matches, not the register. Null when `q` has no word.
 * @param talentId the column holding the talent's id (a queue entry's `talent_id`, say); a queue
 *   read within a unit passes it with a unary plus, so that it walks its own short range and looks
 *   each entry up in the matches, rather than each match up in the entries
 */
export function talentNameMatches(q: string, talentId: SQLiteColumn | SQL = talents.id): SQL | null {
  const expression = searchExpression(q);
  return expression
    ? sql`${talentId} IN (SELECT rowid FROM talent_names WHERE talent_names MATCH ${expression})`
    : null;
}

/**
 * Finding talents by name: every word of the search must start a word of the name, whatever its
 * tone marks ("duc" and "Đức" find "Nguyễn Văn Đức"). Two ways find the same talents, and a read
 * takes the one whose cost follows what it shows:
 * - `index`: the name index `talent_names` (FTS5, migration 0027) hands over the matching talents
 *   first. Right for a name few share; for "nguyen", 23 % of the names, it hands over 23,000 at
 *   100,000 talents before a row is read.
 * - `walk`: the read walks its range in its own order and checks each row's name in
 *   `talent_folded_names` (migration 0033: the name folded by SQLite as `foldVietnamese` folds it,
 *   a space before each word), one lookup by id. Right for a name many share: 25 matches come
 *   after a few hundred rows.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '@db/client';
import { talents } from '@db/schema';
import { searchExpression, searchWords } from './fts';

export type NamePlan = 'index' | 'walk';

/** Past this many matching talents a name is common: a read walks its range rather than the index. */
export const COMMON_NAME_TALENTS = 500;

/**
 * The condition "the talent in `talentId` has the name `q` asks for", as `plan` checks it; null
 * when `q` has no word (only punctuation), which matches nothing.
 * @param talentId the column holding the talent's id (a queue entry's `talent_id`, say); a queue
 *   read within a unit passes it with a unary plus, so that it walks its own short range and looks
 *   each entry up in the matches, rather than each match up in the entries
 */
export function talentNameMatches(
  q: string,
  talentId: SQLiteColumn | SQL = talents.id,
  plan: NamePlan = 'index',
): SQL | null {
  if (plan === 'walk') {
    const words = searchWords(q);
    if (!words.length) return null;
    const like = sql.join(
      words.map((w) => sql`name LIKE ${`% ${w}%`}`),
      sql` AND `,
    );
    return sql`(SELECT ${like} FROM talent_folded_names WHERE talent_id = ${talentId})`;
  }
  const expression = searchExpression(q);
  return expression
    ? sql`${talentId} IN (SELECT rowid FROM talent_names WHERE talent_names MATCH ${expression})`
    : null;
}

/**
 * Whether more than {@link COMMON_NAME_TALENTS} talents have the name `q` asks for; the index
 * stops reading there.
 */
export async function isCommonName(db: Database, q: string): Promise<boolean> {
  const expression = searchExpression(q);
  if (!expression) return false;
  const [row] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT rowid FROM talent_names
    WHERE talent_names MATCH ${expression} LIMIT ${COMMON_NAME_TALENTS + 1})`);
  return (row?.n ?? 0) > COMMON_NAME_TALENTS;
}

/**
 * Multi-row inserts in chunks. One statement per row is what makes naive seeds slow; one statement
 * for everything breaks SQLite's limit of 32,766 bound variables per statement. Drizzle binds every
 * column of every row (defaults included), so the chunk size follows the table's column count.
 */
import type { InValue } from '@libsql/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '@db/client';

/** SQLite's SQLITE_MAX_VARIABLE_NUMBER since 3.32. */
const MAX_VARIABLES = 32_766;
/** Past a few hundred rows a longer statement saves nothing and costs memory while it is built. */
const MAX_ROWS_PER_STATEMENT = 500;

/** An open transaction of {@link Database}. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Where seed rows go: the database itself or an open transaction. */
export type Writer = Database | Transaction;

export function rowsPerStatement(table: SQLiteTable): number {
  const columns = Object.keys(getTableColumns(table)).length;
  return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VARIABLES / columns)));
}

/** Inserts `rows` into `table`, a chunk per statement. */
export async function insertInChunks<T extends SQLiteTable>(
  writer: Writer,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const size = rowsPerStatement(table);
  for (let start = 0; start < rows.length; start += size) {
    // The casts keep drizzle's overloads out of a generic helper; the rows are typed by the caller.
    await (writer as Database).insert(table).values(rows.slice(start, start + size) as never);
  }
}

/** What {@link insertRowsRaw} needs of a libSQL transaction (`db.$client.transaction()`). */
export interface RawExecutor {
  execute(statement: { sql: string; args: InValue[] }): Promise<unknown>;
}

/**
 * The same multi-row insert without drizzle's query builder, for the benchmark seed: building the
 * SQL of a 500-row statement through drizzle costs more than SQLite takes to run it (about 12 s of
 * the 40 s that 100,000 talents took). Values still go through each column's own driver mapping,
 * so JSON, booleans and timestamps are stored exactly as drizzle stores them.
 */
export async function insertRowsRaw<T extends SQLiteTable>(
  executor: RawExecutor,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  // The columns the rows set; rows of one generator all have the same keys.
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const size = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VARIABLES / columns.length)));
  const head = `insert into "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sqlFor = new Map<number, string>();

  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    let text = sqlFor.get(chunk.length);
    if (text === undefined) {
      text = head + Array.from({ length: chunk.length }, () => tuple).join(', ');
      sqlFor.set(chunk.length, text);
    }
    const args: InValue[] = [];
    for (const row of chunk) {
      for (const [key, column] of columns) {
        const value = (row as Record<string, unknown>)[key];
        args.push(value === null || value === undefined ? null : (column.mapToDriverValue(value) as InValue));
      }
    }
    await executor.execute({ sql: text, args });
  }
}

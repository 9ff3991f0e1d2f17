/**
 * Multi-row inserts in chunks. One statement per row is what makes naive seeds slow; one statement
 * for everything breaks SQLite's limit of 32,766 bound variables per statement. Drizzle binds every
 * column of every row (defaults included), so the chunk size follows the table's column count.
 */
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../client';

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

import type { Database } from './client';

/**
 * A statement Drizzle builds once per database (`.prepare()` with `sql.placeholder` for what
 * varies), for the queries every uncached public page sends: building a query's SQL from its
 * builder cost about as much as running it (a year's honours spent 9–12% of its CPU in Drizzle).
 * Only for reads through the database itself, never inside a transaction.
 *
 * @example const readSeq = preparedOn((db) => db.select().from(searchState).limit(1).prepare());
 *          await readSeq(db).all();
 */
export function preparedOn<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}

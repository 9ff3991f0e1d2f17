import type { InStatement, ResultSet } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import type { Database } from '@db/client';
import * as schema from '@db/schema';

export interface ObservedStatement {
  sql: string;
  args: unknown;
}

/**
 * The same database through a client of its own that shows `observe` every statement and its
 * result. The app's client is left as it is: replacing its `execute` would make the write queue,
 * which wraps it, call back into itself forever.
 */
export function observedDatabase(
  db: Database,
  observe: (statement: ObservedStatement, result: ResultSet) => void,
): Database {
  const client = new Proxy(db.$client, {
    get(target, name) {
      if (name !== 'execute') return Reflect.get(target, name) as unknown;
      return async (statement: InStatement) => {
        const result = await target.execute(statement);
        observe(
          typeof statement === 'string'
            ? { sql: statement, args: [] }
            : { sql: statement.sql, args: statement.args },
          result,
        );
        return result;
      };
    },
  });
  return drizzle(client, { schema });
}

import { type Database, openDatabase } from '@db/client';
import { getConfig } from './config';

let database: Database | undefined;

/** The process-wide database client; migrations were applied by `scripts/prepare.ts` at start. */
export function getDb(): Database {
  if (!database) {
    const config = getConfig();
    database = openDatabase(config.databaseUrl, config.databaseAuthToken);
  }
  return database;
}

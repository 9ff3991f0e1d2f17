/**
 * Runs before the server on `npm start`: validates the configuration, applies migrations and, on an
 * empty database only, seeds the demo data, so a fresh checkout starts with a working site.
 * A bad setting or a database it cannot use stops it with one paragraph, not a stack trace.
 */
import { type Config, ConfigError, getConfig } from '@/lib/server/config';
import { describeDatabaseFailure } from '@/lib/server/db-startup';
import { type Database, openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { isDatabaseEmpty, seedDemoData, seedReferenceData } from './seed';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: Config;
try {
  config = getConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  stop(error.message);
}

let db: Database;
try {
  // The first touch of the database: a folder it cannot write or a server it cannot reach fails here.
  db = openDatabase(config.databaseUrl, config.databaseAuthToken);
  await migrateDatabase(db, config.databaseUrl);
} catch (error) {
  stop(describeDatabaseFailure(config.databaseUrl, error));
}
if (await isDatabaseEmpty(db)) {
  await seedReferenceData(db);
  const counts = await seedDemoData(db);
  await rebuildEmbeddedIndex(db);
  console.log(`Empty database: seeded demo data (${counts.talents} talents).`);
}
db.$client.close();
console.log(`Database ready at ${config.databaseUrl}; serving on http://${config.host}:${config.port}`);

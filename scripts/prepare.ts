/**
 * Runs before the server on `npm start`: validates the configuration, applies migrations and, on an
 * empty database only, seeds the demo data, so a fresh checkout starts with a working site. It
 * fills the public network's tables when they are new, gives the query planner statistics and
 * saves the directory's snapshot for the server to start from.
 * A bad setting or a database it cannot use stops it with one paragraph, not a stack trace.
 */
import { type Config, ConfigError, getConfig } from '@/lib/server/config';
import { describeDatabaseFailure } from '@/lib/server/db-startup';
import { type Database, openDatabase, optimizeDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { isNetworkMissing } from '@/lib/server/talents/network-sync';
import { saveFacetSnapshot } from '@/lib/server/search/embedded/snapshot';
import { isDatabaseEmpty, seedDemoData, seedReferenceData } from './seed';
import { fail } from './support/command-line';

let config: Config;
try {
  config = getConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(1, error.message);
}

let db: Database;
try {
  // The first touch of the database: a folder it cannot write or a server it cannot reach fails here.
  db = openDatabase(config.databaseUrl, config.databaseAuthToken);
  await migrateDatabase(db, config.databaseUrl);
} catch (error) {
  fail(1, describeDatabaseFailure(config.databaseUrl, error));
}
if (await isDatabaseEmpty(db)) {
  await seedReferenceData(db);
  const counts = await seedDemoData(db);
  await rebuildEmbeddedIndex(db);
  console.log(`Empty database: seeded demo data (${counts.talents} talents).`);
} else {
  // A database from before the 2025 tree gets today's units once; its counts then follow successors.
  const upgrade = await seedReferenceData(db);
  if (upgrade.units > 0 || (await isNetworkMissing(db))) {
    const talents = await rebuildEmbeddedIndex(db);
    console.log(
      `Unit tree: ${upgrade.units} unit(s) added; directory and counts rebuilt from ${talents} talents.`,
    );
  }
}
await optimizeDatabase(db);
// The server starts from this copy of the directory's snapshot instead of reading every document.
const snapshot = await saveFacetSnapshot(db);
console.log(
  `Directory snapshot saved: ${snapshot.talents} talents, ${Math.round(snapshot.bytes / 1024)} KB.`,
);
db.$client.close();
console.log(`Database ready at ${config.databaseUrl}; serving on http://${config.host}:${config.port}`);

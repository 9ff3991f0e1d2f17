/**
 * Runs before the server on `npm start`: validates the configuration, applies migrations and, on an
 * empty database only, seeds the demo data, so a fresh checkout starts with a working site.
 */
import { ConfigError, getConfig } from '@/lib/server/config';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { isDatabaseEmpty, seedDemoData, seedReferenceData } from './seed';

try {
  const config = getConfig();
  const db = openDatabase(config.databaseUrl, config.databaseAuthToken);
  await migrateDatabase(db, config.databaseUrl);
  if (await isDatabaseEmpty(db)) {
    await seedReferenceData(db);
    const counts = await seedDemoData(db);
    await rebuildEmbeddedIndex(db);
    console.log(`Empty database: seeded demo data (${counts.talents} talents).`);
  }
  db.$client.close();
  console.log(`Database ready at ${config.databaseUrl}; serving on http://${config.host}:${config.port}`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

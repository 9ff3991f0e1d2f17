import { getConfig } from '@/lib/server/config';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';

const config = getConfig();
const db = openDatabase(config.databaseUrl, config.databaseAuthToken);
await migrateDatabase(db, config.databaseUrl);
console.log(`Migrations applied to ${config.databaseUrl}`);

import { getConfig } from '../../src/lib/server/config';
import { openDatabase } from '../client';
import { migrateDatabase } from '../migrate';

const config = getConfig();
const db = openDatabase(config.databaseUrl, config.databaseAuthToken);
await migrateDatabase(db, config.databaseUrl);
console.log(`Migrations applied to ${config.databaseUrl}`);

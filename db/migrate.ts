import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { type Database, tuneEmbeddedDatabase } from './client';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies every committed migration not yet applied; safe to run on every start. */
export async function migrateDatabase(db: Database, url: string): Promise<void> {
  await tuneEmbeddedDatabase(db, url);
  await migrate(db, { migrationsFolder });
}

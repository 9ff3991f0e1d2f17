import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';

export interface TestDatabase {
  db: Database;
  url: string;
  /** Closes the client and deletes the file. */
  dispose: () => void;
}

/** A fresh libSQL file in a temporary folder with every real migration applied. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'tntag-test-'));
  const url = `file:${join(dir, 'test.db')}`;
  const db = openDatabase(url);
  await migrateDatabase(db, url);
  return {
    db,
    url,
    dispose: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

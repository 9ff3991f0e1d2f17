import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type Database, openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';

export interface TestDatabase {
  db: Database;
  url: string;
  /** Closes the client and deletes the file. */
  dispose: () => void;
}

function inTemporaryFolder(prepare: (path: string) => void): { dir: string; url: string; db: Database } {
  const dir = mkdtempSync(join(tmpdir(), 'tntag-test-'));
  const path = join(dir, 'test.db');
  prepare(path);
  const url = `file:${path}`;
  return { dir, url, db: openDatabase(url) };
}

function disposable({ dir, url, db }: { dir: string; url: string; db: Database }): TestDatabase {
  return {
    db,
    url,
    dispose: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh libSQL file in a temporary folder with every real migration applied, and no rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const made = inTemporaryFolder(() => {});
  await migrateDatabase(made.db, made.url);
  return disposable(made);
}

/**
 * A private copy of the demo world (reference data, demo seed, directory index), which the global
 * setup seeded once (tests/support/seeded-template.ts): a test file may change it freely.
 */
export function copySeededDatabase(): TestDatabase {
  return disposable(inTemporaryFolder((path) => copyFileSync(inject('seededTemplatePath'), path)));
}

/**
 * Vitest's global setup: seeds the demo world once, into a template file that every integration
 * test copies (`copySeededDatabase`), instead of each file migrating and seeding its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { seedDemoData, seedReferenceData } from '../../scripts/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file of the seeded template database. */
    seededTemplatePath: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'tntag-template-'));
  const path = join(dir, 'template.db');
  const url = `file:${path}`;
  const db = openDatabase(url);
  await migrateDatabase(db, url);
  await seedReferenceData(db);
  await seedDemoData(db);
  await rebuildEmbeddedIndex(db);
  // Everything into the main file, so a plain copy of it is the whole database.
  await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  db.$client.close();
  project.provide('seededTemplatePath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}

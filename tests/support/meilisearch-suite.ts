import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { Database } from '@db/client';
import { searchOutbox } from '@db/schema';
import { seedReferenceData } from '../../scripts/seed/index';
import { loadReferenceIds, type ReferenceIds } from '../../scripts/seed/reference';
import { createTestDatabase, type TestDatabase } from './database';
import { type ScriptedMeilisearch, scriptMeilisearch } from './scripted-meilisearch';

export interface MeilisearchSuite {
  /** The file's database, with the reference data and no talents but those the tests add. */
  readonly db: Database;
  readonly ref: ReferenceIds;
  /** Scripts the server for the running test; the real `fetch` comes back after the test. */
  scriptMeilisearch: typeof scriptMeilisearch;
}

/**
 * Registers the hooks the tests against a scripted Meilisearch share: one database for the file, and
 * after each test the real `fetch` and timers back and the search outbox empty, so no test sees
 * another's requests or queued changes.
 */
export function useMeilisearchSuite(): MeilisearchSuite {
  let test: TestDatabase | undefined;
  let ref: ReferenceIds | undefined;
  let server: ScriptedMeilisearch | undefined;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedReferenceData(test.db);
    ref = await loadReferenceIds(test.db);
  });
  afterAll(() => test?.dispose());
  afterEach(async () => {
    server?.restore();
    server = undefined;
    vi.useRealTimers();
    await test?.db.delete(searchOutbox);
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The Meilisearch suite is read before its beforeAll ran.');
    return value;
  };
  return {
    get db() {
      return ready(test).db;
    },
    get ref() {
      return ready(ref);
    },
    scriptMeilisearch: (route) => (server = scriptMeilisearch(route)),
  };
}

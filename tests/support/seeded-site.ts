import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@db/client';
import { copySeededDatabase, type TestDatabase } from './database';
import { type RunningSite, startBuiltSite } from './site';

/** What a served copy is: its database, its data folder, the running server, and how to end it. */
export interface SeededSite {
  database: TestDatabase;
  /** The server's DATA_DIR (uploaded photos under photos/). */
  dataDir: string;
  site: RunningSite;
  stop: () => Promise<void>;
}

export interface SeededSiteOptions {
  /** The server's clock starts here (`CLOCK_START`); the machine's time otherwise. */
  clockStart?: Date;
  /** Writes to the copy before the server starts (people a test needs, say). */
  before?: (db: Database) => Promise<void>;
}

/**
 * The built site as `npm start` runs it, over a private copy of the seeded database and a data
 * folder of its own; `stop` ends the server and removes both.
 * @example const { site, database, stop } = await serveSeededCopy(); // in beforeAll, stop in afterAll
 */
export async function serveSeededCopy({ clockStart, before }: SeededSiteOptions = {}): Promise<SeededSite> {
  const database = copySeededDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-site-'));
  await before?.(database.db);
  const site = await startBuiltSite(database.url, dataDir, clockStart);
  return {
    database,
    dataDir,
    site,
    stop: async () => {
      await site.stop();
      database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

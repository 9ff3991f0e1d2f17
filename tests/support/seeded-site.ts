import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySeededDatabase, type TestDatabase } from './database';
import { type RunningSite, startBuiltSite } from './site';

/**
 * The built site as `npm start` runs it, over a private copy of the seeded database and a data
 * folder of its own; `stop` ends the server and removes both.
 * @example const { site, database, stop } = await serveSeededCopy(); // in beforeAll, stop in afterAll
 */
export async function serveSeededCopy(): Promise<{
  database: TestDatabase;
  site: RunningSite;
  stop: () => Promise<void>;
}> {
  const database = copySeededDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-site-'));
  const site = await startBuiltSite(database.url, dataDir);
  return {
    database,
    site,
    stop: async () => {
      await site.stop();
      database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

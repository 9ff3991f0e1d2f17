import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySeededDatabase, type TestDatabase } from '../../support/database';
import { type RunningSite, startBuiltSite } from '../../support/site';
import { E2E_NOW } from '../../e2e/support/clock';
import { buildWorld, type World } from './world';

export interface RunningWorld {
  database: TestDatabase;
  /** The server's DATA_DIR (uploaded photos under photos/). */
  dataDir: string;
  site: RunningSite;
  world: World;
  stop: () => Promise<void>;
}

/**
 * The production server over a private copy of the seeded database, with the matrix's people in it;
 * its clock starts on the browser tests' day, so what depends on the date (an award call open or
 * closed) answers the same whatever the real date is.
 */
export async function startRunningWorld(): Promise<RunningWorld> {
  const database = copySeededDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-authz-'));
  const world = await buildWorld(database.db);
  const site = await startBuiltSite(database.url, dataDir, E2E_NOW);
  return {
    database,
    dataDir,
    site,
    world,
    stop: async () => {
      await site.stop();
      database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

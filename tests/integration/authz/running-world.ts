import { E2E_NOW } from '../../e2e/support/clock';
import { type SeededSite, serveSeededCopy } from '../../support/seeded-site';
import { buildWorld, type World } from './world';

export interface RunningWorld extends SeededSite {
  world: World;
}

/**
 * The production server over a private copy of the seeded database, with the matrix's people in it;
 * its clock starts on the browser tests' day, so what depends on the date (an award call open or
 * closed) answers the same whatever the real date is.
 */
export async function startRunningWorld(): Promise<RunningWorld> {
  let world: World | undefined;
  const served = await serveSeededCopy({
    clockStart: E2E_NOW,
    before: async (db) => {
      world = await buildWorld(db);
    },
  });
  return { ...served, world: world! };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@db/client';
import { createSession, sessionCookieName } from '@/lib/server/auth/sessions';
import type { Actor } from '@/lib/server/auth/actor';
import { freePort, prepareDatabase, startSite } from './server';

export type Site = Awaited<ReturnType<typeof startSite>>;

/**
 * One database file that the test and every app instance it starts share, as instances behind a
 * proxy share one: `npm start`'s preparation migrates and seeds it, and the test reads and writes
 * it through the library (`db`) to set up people and to check what the servers wrote.
 */
export function sharedDatabase(name: string) {
  // Made on first use: Playwright also loads spec files in its runner, where no hook ever runs.
  let dataDir: string | undefined;
  const folder = () => (dataDir ??= mkdtempSync(join(tmpdir(), `tntag-e2e-${name}-`)));
  const url = () => `file:${join(folder(), `${name}.db`)}`;
  const envFor = (port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URL: url(),
    DATA_DIR: folder(),
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
  });
  let db: Database | undefined;
  const sites: Site[] = [];
  return {
    /** The test's own client; open it only after {@link prepare}. */
    get db(): Database {
      db ??= openDatabase(url());
      return db;
    },
    prepare: async () => prepareDatabase(envFor(await freePort())),
    /** Starts one more app instance on the file (the server entry `npm start` runs). */
    async start(): Promise<Site> {
      const port = await freePort();
      const site = await startSite(envFor(port), port);
      sites.push(site);
      return site;
    },
    dispose() {
      for (const site of sites) site.process.kill('SIGKILL');
      db?.$client.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session cookie for `actor`, made the way signing in makes one. */
export async function sessionCookie(db: Database, actor: Pick<Actor, 'id' | 'role'>): Promise<string> {
  const { token } = await createSession(db, actor, 'e2e');
  return `${sessionCookieName()}=${token}`;
}

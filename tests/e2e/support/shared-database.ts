import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@db/client';
import { createSession, sessionCookieName } from '@/lib/server/auth/sessions';
import type { Actor } from '@/lib/server/auth/actor';
import { randomLoopbackAddress } from './client-proxy';
import { freePort, prepareDatabase, startSite } from './server';

export type Site = Awaited<ReturnType<typeof startSite>>;

/**
 * One database file that the test and every app instance it starts share, as instances behind a
 * proxy share one: `npm start`'s preparation migrates and seeds it, and the test reads and writes
 * it through the library (`db`) to set up people and to check what the servers wrote.
 */
export function sharedDatabase(name: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `tntag-e2e-${name}-`));
  const url = `file:${join(dataDir, `${name}.db`)}`;
  const envFor = (port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URL: url,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
  });
  let db: Database | undefined;
  const sites: Site[] = [];
  return {
    url,
    /** The test's own client; open it only after {@link prepare}. */
    get db(): Database {
      db ??= openDatabase(url);
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
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session cookie for `actor`, made the way signing in makes one. */
export async function sessionCookie(db: Database, actor: Pick<Actor, 'id' | 'role'>): Promise<string> {
  const { token } = await createSession(db, actor, 'e2e');
  return `${sessionCookieName()}=${token}`;
}

export interface Answer {
  status: number;
  location: string | undefined;
  body: string;
}

/**
 * Posts a form the way a browser on its own machine does: from a loopback address of its own (the
 * per-address limits see one person each), with the site's Origin and an optional cookie, on a
 * connection of its own. Astro Actions answer `/_actions/<name>` with JSON.
 */
export function postForm(
  site: Pick<Site, 'url'>,
  path: string,
  form: Record<string, string>,
  { cookie, localAddress = randomLoopbackAddress() }: { cookie?: string; localAddress?: string } = {},
): Promise<Answer> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const url = new URL(path, site.url);
    const sent = request(
      url,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          Origin: site.url,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          ...(cookie ? { Cookie: cookie } : {}),
        },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          resolve({
            status: answer.statusCode ?? 0,
            location: answer.headers.location,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        answer.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

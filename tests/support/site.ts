import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/support/free-port';
import { buildProduction, builtFor, isBuilt, SERVER_ENTRY } from '../../scripts/support/production-build';

/** The newest modification time under `dir`, in milliseconds. */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The port the browser tests serve the site on when it is free (tests/e2e/support/global-setup.ts),
 * and so the address every test build is made for: prerendered pages carry it in their links, and
 * one build then serves both Vitest's server suites and Playwright in one `npm test`. Each checkout
 * has a port of its own, below the ports the system hands out, so runs in two checkouts do not meet.
 */
export function browserTestPort(): number {
  const hash = createHash('sha256').update(process.cwd()).digest().readUInt16BE(0);
  return 20_000 + (hash % 10_000);
}

/** The site's address when served on `port` by a test. */
export const testSiteUrl = (port: number) => `http://127.0.0.1:${port}`;

const isFresh = (siteUrl: string) => {
  const sources = Math.max(
    ...['src', 'db', 'content', 'public', 'scripts/serve'].filter(existsSync).map(newestChange),
    ...['scripts/serve.ts', 'astro.config.mjs'].map((file) => statSync(file).mtimeMs),
  );
  // The server entry is written last by a build.
  return isBuilt() && statSync(SERVER_ENTRY).mtimeMs > sources && builtFor() === siteUrl;
};

/**
 * Builds the production server for `siteUrl` (its `PUBLIC_SITE_URL`) unless `dist/` was built for it
 * and is newer than every source it is built from: a suite that runs after a test build (Vitest's
 * before Playwright's in `npm test`) costs nothing, an edited tree rebuilds. Test files run in
 * parallel workers: one builds, the others wait for its lock (a lock left by a killed run is taken
 * over after five minutes).
 */
export async function ensureBuilt(siteUrl = testSiteUrl(browserTestPort())): Promise<void> {
  if (isFresh(siteUrl)) return;
  const lock = join(
    tmpdir(),
    `tntag-build-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
      if (!existsSync(lock) && isFresh(siteUrl)) return;
    }
  }
  try {
    if (!isFresh(siteUrl)) buildProduction({ ...process.env, PUBLIC_SITE_URL: siteUrl });
  } finally {
    rmSync(lock, { force: true });
  }
}

export interface RunningSite {
  url: string;
  /** What the server wrote to stderr so far. */
  log: () => string;
  stop: () => Promise<void>;
}

/** The served site's secret for check-in codes, so a test can make a valid one. */
export const TEST_CHECKIN_SECRET = 'the-test-servers-check-in-secret-0123456789';

/**
 * Serves the built site the way `npm start` does (`dist/serve.mjs`) over the database at
 * `databaseUrl`, on a free port. It believes one proxy's `X-Forwarded-For`, so a test can give
 * each request a client address of its own and the per-IP rate limits of one row never reach another.
 */
export async function startBuiltSite(
  databaseUrl: string,
  dataDir: string,
  clockStart?: Date,
): Promise<RunningSite> {
  await ensureBuilt();
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
    TRUSTED_PROXIES: '1',
    MEILISEARCH_URL: '',
    SMTP_URL: '',
    CHECKIN_SECRET: TEST_CHECKIN_SECRET,
    ...(clockStart ? { CLOCK_START: clockStart.toISOString() } : {}),
  };
  const server: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}):\n${log}`);
    if (Date.now() > deadline) throw new Error(`The server did not answer at ${url}:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill();
      }),
  };
}

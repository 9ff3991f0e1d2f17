import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portIsFree } from '../../../scripts/support/free-port';
import { browserTestPort, ensureBuilt, testSiteUrl } from '../../support/site';
import { E2E_ADMIN } from './accounts';
import { E2E_NOW } from './clock';
import { freePort, prepareDatabase, startSite } from './server';

/**
 * Builds the production server (unless Vitest's server suites just built it for the same address,
 * see `ensureBuilt`) and serves it over a fresh temporary database that
 * `npm start`'s own preparation migrates and seeds, exactly as a newcomer's first start does, with
 * its clock started at {@link E2E_NOW}.
 */
export default async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-e2e-'));
  // The port Vitest's server suites built for, unless something else holds it (then a build more).
  const port = (await portIsFree(browserTestPort())) ? browserTestPort() : await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `file:${join(dataDir, 'e2e.db')}`,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: testSiteUrl(port),
    // The award calls' dates are fixed in content/: the server runs on the day the tests expect.
    CLOCK_START: E2E_NOW.toISOString(),
  };
  // Built with this server's address: prerendered pages (news articles) carry it in their links.
  await ensureBuilt(env.PUBLIC_SITE_URL);
  prepareDatabase(env);
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/admin-create.ts',
      '--email',
      E2E_ADMIN.email,
      '--password',
      E2E_ADMIN.password,
      '--name',
      'Quản Trị Thử',
    ],
    { env, stdio: 'inherit' },
  );
  const clockOffsetMs = E2E_NOW.getTime() - Date.now();
  const site = await startSite(env, port);
  process.env.E2E_BASE_URL = site.url;
  // For tests/e2e/support/people.ts, which makes people in the server's database and signs them in.
  process.env.E2E_DATABASE_URL = env.DATABASE_URL;
  process.env.E2E_CLOCK_OFFSET_MS = String(clockOffsetMs);

  return () => {
    site.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

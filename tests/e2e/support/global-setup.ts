import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../../../scripts/support/production-build';
import { E2E_ADMIN } from './accounts';
import { E2E_NOW } from './clock';
import { freePort, prepareDatabase, startSite } from './server';

/**
 * Builds the production server and serves it on a free port over a fresh temporary database that
 * `npm start`'s own preparation migrates and seeds, exactly as a newcomer's first start does, with
 * its clock started at {@link E2E_NOW}.
 */
export default async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `file:${join(dataDir, 'e2e.db')}`,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
    // The award calls' dates are fixed in content/: the server runs on the day the tests expect.
    CLOCK_START: E2E_NOW.toISOString(),
  };
  // Built with this server's address: prerendered pages (news articles) carry it in their links.
  buildProduction(env);
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
  const site = await startSite(env, port);
  process.env.E2E_BASE_URL = site.url;
  // Tests that make a session without the sign-in form (sessionCookie) open the same file.
  process.env.E2E_DATABASE_URL = env.DATABASE_URL;

  return () => {
    site.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ADMIN } from './accounts';

/** A port the OS says is free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer at ${url}`);
}

/**
 * Builds the production server and serves it on a free port over a fresh temporary database that
 * `npm start`'s own preparation migrates and seeds, exactly as a newcomer's first start does.
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
  };
  execFileSync('npx', ['astro', 'build', '--silent'], { env, stdio: 'inherit' });
  execFileSync('npx', ['tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' });
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
    {
      env,
      stdio: 'inherit',
    },
  );
  // One process (no npx or tsx wrapper in between), so that kill() stops the server itself.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseURL, server);
  process.env.E2E_BASE_URL = baseURL;

  return async () => {
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

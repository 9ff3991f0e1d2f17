import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { SERVER_ENTRY } from '../../../scripts/support/production-build';

export { freePort } from '../../../scripts/support/free-port';

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  // Two minutes: on a 2-core machine shared by several builds (load average above 20) the server
  // took more than 30 s to answer its first request.
  const deadline = Date.now() + 120_000;
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

/** Migrates and, when empty, seeds the database of `env`, as `npm start` does before serving. */
export function prepareDatabase(env: NodeJS.ProcessEnv): void {
  execFileSync('npx', ['tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' });
}

/**
 * Serves the built site (`dist/`) with `env` on `port`, as `npm start` does after its preparation.
 * `log` collects what the server writes to stderr, for tests that read the log.
 */
export async function startSite(env: NodeJS.ProcessEnv, port: number) {
  // One process (no npx or tsx wrapper in between), so that kill() stops the server itself.
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const site = {
    url: `http://127.0.0.1:${port}`,
    log: '',
    stop: () => void server.kill(),
    /** The server's process, for tests that end it otherwise (SIGKILL) or wait for its end. */
    process: server,
  };
  server.stderr.on('data', (chunk: Buffer) => {
    site.log += chunk.toString();
    process.stderr.write(chunk);
  });
  await waitUntilUp(site.url, server);
  return site;
}

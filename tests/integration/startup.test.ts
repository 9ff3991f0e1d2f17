import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tntag-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a start command with `env` and returns how it ended; it must end on its own. */
async function start(script: string, env: Record<string, string>) {
  const child = run(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', PUBLIC_SITE_URL: 'http://127.0.0.1', ...env },
    timeout: 40_000,
  });
  return child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** One paragraph for a person: a single line, no stack frames. */
function expectOneParagraph(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('a start that cannot work stops with a message, not a stack trace', () => {
  it('when the database folder cannot be written', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const url = `file:${join(blocker, 'site.db')}`;
    for (const script of ['scripts/prepare.ts', 'scripts/serve.ts']) {
      const { code, stderr } = await start(script, { DATABASE_URL: url });
      expect(code, script).toBe(1);
      expectOneParagraph(stderr);
      expect(stderr).toContain(`Cannot use the database at ${url}`);
      expect(stderr).toMatch(/may write there/);
    }
  }, 90_000);

  it('when the libSQL server does not answer', async () => {
    const { code, stderr } = await start('scripts/prepare.ts', { DATABASE_URL: 'http://127.0.0.1:59999' });
    expect(code).toBe(1);
    expectOneParagraph(stderr);
    expect(stderr).toMatch(/ECONNREFUSED.*libSQL server is running/);
  }, 60_000);

  it('when the site is public and no SMTP server is set', async () => {
    const { code, stderr } = await start('scripts/prepare.ts', {
      DATABASE_URL: `file:${join(dir, 'site.db')}`,
      HOST: '0.0.0.0',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/SMTP_URL: required/);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

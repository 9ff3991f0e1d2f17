import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';

/**
 * The health routes as the server runs them, each over a database file of its own: the app's
 * client comes from `DATABASE_URL`, read once per module load, so every case loads the routes anew.
 */
const dir = mkdtempSync(join(tmpdir(), 'tntag-health-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function ask(route: 'healthz' | 'livez', databaseFile: string) {
  vi.stubEnv('DATABASE_URL', `file:${databaseFile}`);
  const { GET } = (await import(`@/pages/${route}.ts`)) as {
    GET: (context: APIContext) => Promise<Response>;
  };
  const answer = await GET({ locals: { requestId: 'test' } } as unknown as APIContext);
  return { status: answer.status, body: await answer.text(), cache: answer.headers.get('Cache-Control') };
}

describe('health routes', () => {
  const healthy = join(dir, 'healthy.db');
  const broken = join(dir, 'broken.db');
  copyFileSync(inject('seededTemplatePath'), healthy);
  writeFileSync(broken, 'not a database, only text where the pages should be '.repeat(100));

  it('/healthz answers ok when the database answers', async () => {
    expect(await ask('healthz', healthy)).toEqual({ status: 200, body: 'ok\n', cache: 'no-store' });
  });

  it('/healthz answers 503 without detail when the file is not a database', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await ask('healthz', broken);
    expect(answer).toEqual({ status: 503, body: 'unavailable\n', cache: 'no-store' });
    // The reason is for the log only.
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/request=test.*not a database/));
  });

  it('/livez answers ok without touching the database', async () => {
    expect(await ask('livez', broken)).toEqual({ status: 200, body: 'ok\n', cache: 'no-store' });
  });
});

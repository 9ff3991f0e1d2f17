import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { request as apiRequest } from '@playwright/test';
import { uniqueEmail } from './support/accounts';
import { signInAsAdmin } from './support/people';
import { freePort, prepareDatabase, startSite } from './support/server';
import { expect, test } from './support/test';
import { en as mailEn, vi as mailVi } from '@/lib/i18n/messages/mail';

/** Sign-in attempts from one client for many accounts, each posted with a made-up forwarded address. */
async function signInAttempts(post: (form: Record<string, string>, forwardedFor: string) => Promise<number>) {
  const statuses: number[] = [];
  for (let i = 1; i <= 22; i++) {
    statuses.push(
      await post({ email: uniqueEmail('gia-mao'), password: 'sai mật khẩu rồi' }, `10.66.0.${i}`),
    );
  }
  return statuses;
}

test('a forged X-Forwarded-For does not escape the per-address limit', async ({ request, baseURL }) => {
  const statuses = await signInAttempts(async (form, forwardedFor) => {
    const answer = await request.post('/dang-nhap?_action=signIn', {
      headers: { Origin: baseURL!, 'X-Forwarded-For': forwardedFor },
      form,
    });
    return answer.status();
  });
  // 20 attempts per address in 15 minutes, each for another account: only the address limit stops them.
  expect(statuses.slice(0, 20).every((status) => status === 400)).toBe(true);
  expect(statuses.slice(20)).toEqual([429, 429]);
});

test('no signed-in page can be kept by a shared cache; anonymous pages say what may be', async ({
  page,
  request,
}) => {
  const home = await request.get('/');
  expect(home.headers()['cache-control']).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=30');
  expect(home.headers()['vary']).toMatch(/Cookie/);
  expect(home.headers()['content-type']).toBe('text/html; charset=utf-8');

  await signInAsAdmin(page);
  for (const path of ['/', '/tai-khoan', '/quan-tri', '/tim-kiem?q=tin+hoc', '/en/honours']) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()['cache-control'], path).toBe('private, no-store');
  }
});

test('static files carry nosniff and the security headers too', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  expect(stylesheet).toBeTruthy();
  for (const path of [stylesheet!, '/favicon.svg', '/tin-tuc/rss.xml']) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(answer.headers()['x-frame-options'], path).toBe('DENY');
  }
  expect((await request.get(stylesheet!)).headers()['cache-control']).toContain('immutable');
});

test.describe('a staging site behind one proxy, over HTTPS, mail read by admins only', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-e2e-staging-'));
  let site: Awaited<ReturnType<typeof startSite>>;
  const databaseUrl = `file:${join(dataDir, 'staging.db')}`;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_SITE_URL: 'https://staging.tainangtre.example.vn',
      MAIL_OUTBOX: 'admin-only',
      TRUSTED_PROXIES: '1',
    };
    prepareDatabase(env);
    site = await startSite(env, port);
  });
  test.afterAll(() => {
    site?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('pins HTTPS on pages and static files', async () => {
    const client = await apiRequest.newContext({ baseURL: site.url });
    for (const path of ['/', '/favicon.svg']) {
      const answer = await client.get(path);
      expect(answer.headers()['strict-transport-security'], path).toBe('max-age=31536000');
      expect(answer.headers()['x-content-type-options'], path).toBe('nosniff');
    }
    await client.dispose();
  });

  test('hides the outbox from an anonymous visitor, even on the server’s own machine', async () => {
    const client = await apiRequest.newContext({ baseURL: site.url });
    for (const path of ['/hop-thu', '/en/outbox']) {
      const answer = await client.get(path, { headers: { Host: 'localhost' } });
      expect(answer.status(), path).toBe(404);
      // The footer's mailing-list form says "email" on every page; the outbox's own title must not show.
      const page = await answer.text();
      expect(page, path).not.toContain(mailVi['outbox.title']);
      expect(page, path).not.toContain(mailEn['outbox.title']);
    }
    await client.dispose();
  });

  test('limits the client the proxy saw, not the addresses the client wrote', async () => {
    const client = await apiRequest.newContext({ baseURL: site.url });
    const statuses = await signInAttempts(async (form, forged) => {
      // The proxy appends the address it saw (one visitor) after whatever the visitor sent.
      const answer = await client.post('/dang-nhap?_action=signIn', {
        headers: { Origin: site.url, 'X-Forwarded-For': `${forged}, 203.0.113.7` },
        form,
      });
      return answer.status();
    });
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Another visitor behind the same proxy is not held back by the first one's attempts.
    const other = await client.post('/dang-nhap?_action=signIn', {
      headers: { Origin: site.url, 'X-Forwarded-For': '203.0.113.8' },
      form: { email: uniqueEmail('khac'), password: 'sai mật khẩu rồi' },
    });
    expect(other.status()).toBe(400);
    await client.dispose();
  });

  test('logs an unhandled error with the request id the 500 page shows', async () => {
    // Break the database under the running server, as a failed disk or a bad migration would.
    const db = createClient({ url: databaseUrl });
    await db.execute('ALTER TABLE honours RENAME TO honours_gone');
    db.close();
    const client = await apiRequest.newContext({ baseURL: site.url });
    // A query the route cache has not seen: the home page itself may be cached from an earlier test.
    const answer = await client.get('/?after=broken-database');
    expect(answer.status()).toBe(500);
    const id = answer.headers()['x-request-id'];
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await answer.text()).toContain(`Mã lỗi: ${id}`);
    await expect.poll(() => site.log).toContain(`Unhandled error request=${id} GET /`);
    await client.dispose();
  });
});

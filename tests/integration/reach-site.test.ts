import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listSubscribers,
  mailOutbox,
  materialDownloads,
  reachDays,
  reachVisitors,
  users,
  youthPopulation,
} from '@db/schema';
import { createSession, sessionCookieName } from '@/lib/server/auth/sessions';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { type RunningSite, startBuiltSite } from '../support/site';

/**
 * Reach, the mailing list and the branch materials as the production server runs them: counting
 * sits in the server entry, where cached pages and static files pass too.
 */
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const PDF = '/tai-lieu/chuyen-de-truyen-thong-doan.pdf';
let database: TestDatabase;
let site: RunningSite;
let dataDir: string;

beforeAll(async () => {
  database = copySeededDatabase();
  // These tests count from nothing: without the demo's years of reach and its youth population.
  for (const table of [reachDays, materialDownloads, reachVisitors, youthPopulation])
    await database.db.delete(table);
  dataDir = mkdtempSync(join(tmpdir(), 'tntag-reach-'));
  site = await startBuiltSite(database.url, dataDir);
}, 180_000);
afterAll(async () => {
  await site.stop();
  database.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A request from a client address of its own (the test server believes one proxy). */
const get = (path: string, from: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${site.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { 'User-Agent': BROWSER, 'X-Forwarded-For': from, ...headers },
  });

describe('the branch materials page', () => {
  it('searches without tone marks and filters by topic, in both languages', async () => {
    const vi = await (await get('/tai-lieu?q=chuyen%20doi%20so', '192.0.2.1')).text();
    expect(vi).toContain('Sổ tay sinh hoạt Chi đoàn: Chuyển đổi số');
    expect(vi).not.toContain('Truyền thống Đoàn TNCS');
    const en = await get('/en/materials?topic=civic', '192.0.2.1');
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain('the traditions of the Ho Chi Minh Communist Youth Union');
    expect(html).not.toContain('digital transformation</h2>');
    expect(html).toContain(`href="${PDF}"`);
  });

  it('serves the PDFs as PDFs', async () => {
    const answer = await get(PDF, '192.0.2.1');
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect((await answer.text()).startsWith('%PDF-1.4')).toBe(true);
  });
});

describe('the mailing list over HTTP', () => {
  it('answers the footer form with the same message, and queues the confirmation', async () => {
    const body = new URLSearchParams({ email: 'tu-chan-trang@example.vn' });
    const answer = await fetch(`${site.url}/nhan-tin?_action=subscribeToList`, {
      method: 'POST',
      body,
      headers: { Origin: site.url, 'X-Forwarded-For': '192.0.2.2' },
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('Đã ghi nhận.');
    expect(
      await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'tu-chan-trang@example.vn')),
    ).toHaveLength(1);
  });

  it('unsubscribes at one click from a mail provider (RFC 8058), whatever its origin', async () => {
    const token = 'M'.repeat(43);
    await database.db
      .insert(listSubscribers)
      .values({ email: 'mot-cham@example.vn', lang: 'vi', status: 'confirmed', unsubscribeToken: token });
    const oneClick = (body: FormData | URLSearchParams | string) =>
      fetch(`${site.url}/api/list-unsubscribe?token=${token}`, {
        method: 'POST',
        body,
        headers: { Origin: 'https://mail.example.com' },
      });
    const listed = () =>
      database.db.select().from(listSubscribers).where(eq(listSubscribers.email, 'mot-cham@example.vn'));
    expect((await oneClick('something else')).status).toBe(400);
    expect(await listed()).toHaveLength(1);
    const form = new FormData();
    form.append('List-Unsubscribe', 'One-Click');
    expect((await oneClick(form)).status).toBe(200);
    expect(
      await database.db
        .select()
        .from(listSubscribers)
        .where(eq(listSubscribers.email, 'mot-cham@example.vn')),
    ).toEqual([]);
    // Again, URL-encoded: the same answer, nothing left to remove.
    expect((await oneClick(new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }))).status).toBe(200);
    // Only POST is answered there.
    expect((await get(`/api/list-unsubscribe?token=${token}`, '192.0.2.3')).status).toBe(404);
  });
});

describe('the reach section of the targets dashboard', () => {
  it('shows the figures and lets an admin enter the youth population, refusing a bad figure', async () => {
    const [admin] = await database.db.select().from(users).where(eq(users.role, 'admin')).limit(1);
    await database.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, admin!.id));
    const { token } = await createSession(database.db, admin!, 'reach test');
    const cookie = `${sessionCookieName()}=${token}`;
    const year = new Date().getFullYear();
    const save = (population: string) =>
      fetch(`${site.url}/quan-tri/chi-tieu?_action=setYouthPopulation&year=${year}`, {
        method: 'POST',
        body: new URLSearchParams({ year: String(year), population, source: 'Niên giám thống kê (số thử)' }),
        headers: { Origin: site.url, Cookie: cookie, 'X-Forwarded-For': '192.0.2.9' },
      });
    const page = await (await get('/quan-tri/chi-tieu', '192.0.2.9', { Cookie: cookie })).text();
    expect(page).toContain('Tiếp cận thanh niên');
    expect(page).toContain('Chưa nhập số thanh niên của năm này.');
    const refused = await save('-5');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Số thanh niên phải là số nguyên dương');
    expect(await database.db.select().from(youthPopulation)).toEqual([]);
    const saved = await save('1450000');
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain('Đã lưu số thanh niên.');
    expect(html).toContain('1.450.000');
    expect(await database.db.select().from(youthPopulation)).toMatchObject([{ year, population: 1_450_000 }]);
  });
});

describe('reach counting in the server entry', () => {
  it('counts pages (cached ones too) and downloads once per visitor, skips bots, HEAD and prefetch, and writes at shutdown', async () => {
    // The views of the tests above are written by the server's next flush (every 5 s).
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const before = async () => {
      const [day] = await database.db.select().from(reachDays);
      const visitors = await database.db.select().from(reachVisitors);
      const downloads = await database.db.select().from(materialDownloads);
      return {
        pageViews: day?.pageViews ?? 0,
        downloads: day?.downloads ?? 0,
        visitors: visitors.length,
        files: downloads[0]?.count ?? 0,
      };
    };
    const start = await before();
    const reader = '203.0.113.50';
    expect((await get('/vinh-danh', reader)).status).toBe(200);
    expect((await get('/vinh-danh', reader)).status).toBe(200); // from the route cache
    expect((await get('/tai-lieu', reader)).status).toBe(200);
    expect((await get(PDF, reader)).status).toBe(200);
    expect((await get('/vinh-danh', '203.0.113.51')).status).toBe(200);
    // Not counted:
    await get('/vinh-danh', reader, { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' });
    await get('/vinh-danh', '203.0.113.52', { 'Sec-Purpose': 'prefetch' });
    await get('/vinh-danh', '203.0.113.53', {}, 'HEAD');
    await get('/_astro/khong-co.css', '203.0.113.54');
    await get('/quan-tri', '203.0.113.55');
    // Stopping the server writes what it still holds (the flush at shutdown).
    await site.stop();
    // Two visitors new to the day (the earlier tests' reader came from other addresses).
    expect(await before()).toEqual({
      pageViews: start.pageViews + 4,
      downloads: start.downloads + 1,
      visitors: start.visitors + 2,
      files: start.files + 1,
    });
    expect((await database.db.select().from(materialDownloads))[0]!.file).toBe(
      'chuyen-de-truyen-thong-doan.pdf',
    );
  }, 120_000);
});

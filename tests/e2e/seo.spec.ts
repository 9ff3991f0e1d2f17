import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as apiRequest } from '@playwright/test';
import sharp from 'sharp';
import { signInAsAdmin } from './support/people';
import { freePort, prepareDatabase, startSite } from './support/server';
import { expect, test } from './support/test';
import { EXACT_NAME_EXAMPLE, exampleSlug } from '../../scripts/seed/examples';

const slug = exampleSlug(EXACT_NAME_EXAMPLE);
const site = () => new URL(process.env.E2E_BASE_URL!).origin;

test('a profile tells search engines and share previews who it is, from the public view', async ({
  page,
}) => {
  test.slow(); // the first share image loads its fonts and draws, on a 2-core machine shared by others
  await page.goto(`/tai-nang/${slug}`);
  const head = page.locator('head');
  const url = `${site()}/tai-nang/${slug}`;
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  await expect(head.locator('link[hreflang="vi"]')).toHaveAttribute('href', url);
  await expect(head.locator('link[hreflang="en"]')).toHaveAttribute('href', `${site()}/en/talents/${slug}`);
  await expect(head.locator('link[hreflang="x-default"]')).toHaveAttribute('href', url);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Nguyễn Văn Đức/);
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'profile');
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(head.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(head.locator('link[type="application/rss+xml"]')).toHaveCount(2);
  const image = await head.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${site()}/chia-se/vi/talent/${slug}.png`);
  await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);

  const [jsonLd] = await head.locator('script[type="application/ld+json"]').allTextContents();
  const person = JSON.parse(jsonLd!) as Record<string, unknown>;
  expect(person).toMatchObject({ '@type': 'Person', name: 'Nguyễn Văn Đức', url });
  // Never more than the public profile: no contact, birth year or links, whoever made it public.
  expect(Object.keys(person)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/email|birth|gender|sameAs|address/i)]),
  );

  const png = await page.request.get(image!);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const meta = await sharp(await png.body()).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  const etag = png.headers()['etag']!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await page.request.get(image!, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect((await page.request.get(`/chia-se/vi/talent/khong-ai-ca.png`)).status()).toBe(404);
});

test('an English article has its pair, its own share image and NewsArticle data', async ({ page }) => {
  test.slow(); // draws a share image too
  // A translated demo article (content/news/en, translationKey shared with its Vietnamese text).
  const path = '/en/news/young-talents-meet-employers-2026';
  await page.goto(path);
  const head = page.locator('head');
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site()}${path}`);
  await expect(head.locator('link[hreflang="vi"]')).toHaveAttribute(
    'href',
    `${site()}/tin-tuc/tai-nang-tre-gap-go-doanh-nghiep-2026`,
  );
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  const [jsonLd] = await head.locator('script[type="application/ld+json"]').allTextContents();
  expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en-GB' });
  const image = await head.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${site()}/chia-se/en/news/young-talents-meet-employers-2026.png`);
  const png = await page.request.get(image!);
  expect((await sharp(await png.body()).metadata()).width).toBe(1200);
});

test('robots.txt names the sitemap, which lists public pages and profiles in both languages', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site()}/sitemap.xml`);
  const index = await (await request.get('/sitemap.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps).toContain(`${site()}/sitemap-pages.xml`);
  const talentSitemap = sitemaps.find((loc) => loc.includes('sitemap-talents-1'))!;
  const talents = await (await request.get(talentSitemap)).text();
  expect(talents).toContain(`<loc>${site()}/tai-nang/${slug}</loc>`);
  expect(talents).toContain(`<loc>${site()}/en/talents/${slug}</loc>`);
  const pages = await (await request.get('/sitemap-pages.xml')).text();
  for (const path of ['/vinh-danh', '/en/news', '/giai-thuong']) expect(pages).toContain(`${site()}${path}<`);
  expect(pages).not.toMatch(/dang-nhap|tai-khoan|quan-tri/);
});

test('feed items link to the pages as they answer, with no redirect', async ({ request }) => {
  for (const feed of ['/tin-tuc/rss.xml', '/en/awards/rss.xml']) {
    const xml = await (await request.get(feed)).text();
    const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links.slice(0, 3)) {
      expect(link.startsWith(`${site()}/`)).toBe(true);
      expect((await request.get(link, { maxRedirects: 0 })).status()).toBe(200);
    }
  }
});

test('pages and assets are compressed as the client asks, hashed assets cached for good', async ({
  request,
}) => {
  const html = await request.get('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(html.headers()['content-encoding']).toBe('br');
  expect(html.headers()['vary']).toMatch(/Accept-Encoding/);
  expect(await html.text()).toContain('<html lang="vi-VN"');
  const gzip = await request.get('/en', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();

  const css = (await html.text()).match(/\/_astro\/[^"]+\.css/)![0];
  const asset = await request.get(css, { headers: { 'Accept-Encoding': 'br' } });
  expect(asset.headers()['content-encoding']).toBe('br');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('signed-in pages and account forms ask search engines not to list them', async ({ page }) => {
  test.slow(); // argon2 at sign-in and a dozen pages on a busy 2-core machine
  for (const path of ['/dang-nhap', '/dang-ky', '/en/sign-in', '/quen-mat-khau']) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', 'noindex');
  }
  await signInAsAdmin(page);
  for (const path of ['/tai-khoan', '/en/account', '/quan-tri', '/en/workspace']) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', 'noindex');
  }
  for (const path of ['/', '/en/honours', `/tai-nang/${slug}`]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveCount(0);
  }
});

test.describe('a start without PUBLIC_SITE_URL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tntag-e2e-address-'));
  let site: Awaited<ReturnType<typeof startSite>>;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const port = await freePort();
    const { PUBLIC_SITE_URL: _unset, ...inherited } = process.env;
    const env = {
      ...inherited,
      DATABASE_URL: `file:${join(dataDir, 'site.db')}`,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
    };
    prepareDatabase(env);
    site = await startSite(env, port);
  });
  test.afterAll(() => {
    site?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('links to the port it listens on, in pages, feeds, sitemaps and robots.txt', async () => {
    const client = await apiRequest.newContext({ baseURL: site.url });
    const profile = await (await client.get(`/tai-nang/${slug}`)).text();
    expect(profile).toContain(`<link rel="canonical" href="${site.url}/tai-nang/${slug}">`);
    expect(profile).toContain(`content="${site.url}/chia-se/vi/talent/${slug}.png"`);
    expect(await (await client.get('/robots.txt')).text()).toContain(`Sitemap: ${site.url}/sitemap.xml`);
    expect(await (await client.get('/sitemap.xml')).text()).toContain(`<loc>${site.url}/sitemap-pages.xml`);
    expect(await (await client.get('/en/news/rss.xml')).text()).toContain(`<link>${site.url}/en/news/`);
    await client.dispose();
  });
});

import { expect, test } from '@playwright/test';
import { NEWS_PER_PAGE } from '@/lib/content/news-page';
import { awardCallPathsAt } from './support/clock';

test('the news list paginates and filters by tag', async ({ page }) => {
  await page.goto('/tin-tuc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức');
  const titles = page.locator('main ul.grid h2');
  await expect(titles).toHaveCount(NEWS_PER_PAGE);
  const firstPage = await titles.allTextContents();
  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await pagination.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\?page=2$/);
  await expect(pagination.getByRole('link', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page');
  const secondPage = await titles.allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  await page
    .getByRole('navigation', { name: 'Lọc theo chủ đề' })
    .getByRole('link', { name: /^Tin học/ })
    .click();
  await expect(page).toHaveURL(/\?tag=tin-hoc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức: Tin học');
  expect((await page.goto('/tin-tuc?page=99'))?.status()).toBe(404);
  expect((await page.goto('/tin-tuc?tag=khong-co'))?.status()).toBe(404);
});

test('an article renders its cover with alt text', async ({ page }) => {
  await page.goto('/tin-tuc');
  await page.locator('main ul.grid h2 a').first().click();
  await expect(page).toHaveURL(/\/tin-tuc\/[a-z0-9-]+$/);
  const cover = page.locator('figure img');
  await expect(cover).toBeVisible();
  expect((await cover.getAttribute('alt'))?.length).toBeGreaterThan(10);
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByText(/Bài viết minh họa/)).toBeVisible();
});

test('the open calls list shows only calls open now', async ({ page }) => {
  const expected = awardCallPathsAt();
  // The server's clock starts on a day with several open calls and several closed ones.
  expect(expected.open.length).toBeGreaterThanOrEqual(2);
  expect(expected.closed.length).toBeGreaterThanOrEqual(1);
  await page.goto('/giai-thuong');
  const open = page.locator('section[data-status="open"]');
  const links = open.getByRole('listitem').getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect([...hrefs].sort()).toEqual([...expected.open].sort());
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('.status .chip')).toHaveText('Đang nhận hồ sơ');
  }
  await page.goto('/giai-thuong');
  const closed = await page
    .locator('section[data-status="closed"] li h3 a')
    .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  expect(closed.filter((href) => hrefs.includes(href!))).toEqual([]);
  expect([...closed].sort()).toEqual([...expected.closed].sort());
  await page.goto('/');
  const home = await page
    .getByRole('region', { name: 'Giải thưởng đang nhận hồ sơ' })
    .locator('h3 a')
    .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  expect(home.sort()).toEqual([...hrefs].sort());
});

test('a call tells whether a birth year is eligible this year', async ({ page }) => {
  await page.goto('/giai-thuong');
  await page.locator('section[data-status="open"] li h3 a').first().click();
  const form = page.getByRole('region', { name: 'Đối tượng tham gia' });
  await expect(form.getByText(/sinh từ năm \d{4} đến năm \d{4}/)).toBeVisible();
  await form.getByLabel('Bạn sinh năm nào?').fill('2003');
  await form.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByRole('status')).toContainText('đủ điều kiện');
  await page.getByLabel('Bạn sinh năm nào?').fill('1960');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByRole('status')).toContainText('không đủ điều kiện');
  const bad = await page.goto(page.url().replace(/birthYear=\d+/, 'birthYear=abcd'));
  expect(bad?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('4 chữ số');
});

test('the feeds are RSS', async ({ request }) => {
  for (const path of ['/tin-tuc/rss.xml', '/en/news/rss.xml', '/giai-thuong/rss.xml', '/en/awards/rss.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).toContain('<rss');
    expect((body.match(/<item>/g) ?? []).length, path).toBeGreaterThan(3);
    // Readers see dates, not ISO days.
    expect(body, path).not.toMatch(/<description>[^<]*\d{4}-\d{2}-\d{2}/);
  }
  const awards = await (await request.get('/giai-thuong/rss.xml')).text();
  expect(awards).toMatch(/Nhận hồ sơ từ ngày \d{2} tháng \d{1,2} năm \d{4} đến hết ngày \d{2} tháng/);
  const englishAwards = await (await request.get('/en/awards/rss.xml')).text();
  expect(englishAwards).toMatch(
    /Applications accepted from \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}/,
  );
});

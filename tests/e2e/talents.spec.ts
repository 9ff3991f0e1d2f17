import { expect, test } from '@playwright/test';
import { compareVietnameseNames } from '@/lib/vietnamese';
import { HOME_FEATURED_COUNT } from '@/lib/server/talents/honours';
import {
  DEMO_HONOUR_TITLES,
  DEMO_HONOUR_YEARS,
  EXACT_NAME_EXAMPLE,
  exampleSlug,
} from '../../scripts/seed/examples';

const FIRST_HONOUR_YEAR = DEMO_HONOUR_YEARS[0]!;
const LATEST_HONOUR_YEAR = DEMO_HONOUR_YEARS.at(-1)!;

test('the home page introduces the network and shows the latest honoured talents', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Mạng lưới Tài năng trẻ An Giang/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi-VN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài năng trẻ An Giang');
  const featured = page.getByRole('region', { name: 'Gương mặt trẻ tiêu biểu mới nhất' });
  await expect(featured.getByRole('listitem')).toHaveCount(HOME_FEATURED_COUNT);
  await expect(
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' }),
  ).toBeVisible();
});

test('a profile shows its achievements grouped by level with verified marks', async ({ page }) => {
  await page.goto(`/vinh-danh/${FIRST_HONOUR_YEAR}`);
  const first = page
    .getByRole('region', { name: /Gương mặt trẻ tiêu biểu/ })
    .getByRole('link')
    .first();
  const name = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/\/tai-nang\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!.trim());
  await expect(page.getByRole('heading', { name: 'Vinh danh', level: 2 })).toBeVisible();
  await expect(
    page.getByRole('link', { name: DEMO_HONOUR_TITLES.featured_young_face(FIRST_HONOUR_YEAR) }),
  ).toBeVisible();

  const achievements = page.getByRole('region', { name: 'Thành tích' });
  await expect(achievements).toBeVisible();
  const levels = await achievements.getByRole('heading', { level: 3 }).allTextContents();
  expect(levels.length).toBeGreaterThan(0);
  const order = ['Quốc tế', 'Cấp quốc gia', 'Cấp tỉnh', 'Cấp cơ sở', 'Cấp trường'];
  expect([...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(levels);
  await expect(achievements.getByText(/Đã xác minh|Chưa xác minh/).first()).toBeVisible();
});

test('an unknown profile is a real 404 page', async ({ page }) => {
  const response = await page.goto('/tai-nang/khong-co-ai-ten-nay');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  const english = await page.goto('/en/talents/nobody-by-this-name');
  expect(english?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the honoured list of a year is sorted by given name, Vietnamese style', async ({ page }) => {
  await page.goto('/vinh-danh');
  await page.getByRole('link', { name: new RegExp(`^${LATEST_HONOUR_YEAR}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/vinh-danh/${LATEST_HONOUR_YEAR}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Vinh danh năm ${LATEST_HONOUR_YEAR}`);
  const list = page.getByRole('region', { name: /Gương mặt trẻ tiêu biểu/ });
  const names = (await list.getByRole('heading', { level: 3 }).allTextContents()).map((n) => n.trim());
  expect(names.length).toBeGreaterThanOrEqual(8);
  expect(names).toEqual([...names].sort(compareVietnameseNames));
  const missingYear = await page.goto(`/vinh-danh/${FIRST_HONOUR_YEAR - 1}`);
  expect(missingYear?.status()).toBe(404);
});

test('pages run under the Content-Security-Policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of [
    '/',
    '/tim-kiem?q=nguyen',
    `/tai-nang/${exampleSlug(EXACT_NAME_EXAMPLE)}`,
    '/tin-tuc',
    '/giai-thuong',
    '/dang-ky',
  ]) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
  }
  await page.goto('/tim-kiem');
  await page.getByRole('searchbox').fill('duc');
  await expect(page).toHaveURL(/q=duc/);
  expect(violations).toEqual([]);
});

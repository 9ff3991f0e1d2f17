import { expect, test } from '@playwright/test';
import { DEMO_HONOUR_YEARS, EXACT_NAME_EXAMPLE, exampleSlug } from '../../scripts/seed/examples';

const honourYear = DEMO_HONOUR_YEARS[0];

const pairs: [string, string][] = [
  ['/', '/en'],
  ['/vinh-danh', '/en/honours'],
  [`/vinh-danh/${honourYear}`, `/en/honours/${honourYear}`],
  [`/tai-nang/${exampleSlug(EXACT_NAME_EXAMPLE)}`, `/en/talents/${exampleSlug(EXACT_NAME_EXAMPLE)}`],
  ['/tin-tuc', '/en/news'],
  ['/tin-tuc/ra-mat-mang-luoi-tai-nang-tre-an-giang', '/en/news/an-giang-young-talent-network-launches'],
  ['/giai-thuong', '/en/awards'],
  [
    '/giai-thuong/guong-mat-tre-tieu-bieu-tinh-an-giang-2027',
    '/en/awards/outstanding-young-faces-of-an-giang-2027',
  ],
  ['/tim-kiem', '/en/search'],
];

/** Where a page's language switch leads: the `href` of its one `a.lang-switch`. */
const switchTarget = (html: string) => /<a class="lang-switch" href="([^"]*)"/.exec(html)?.[1];

test('every public page answers 200 in both languages with the right <html lang>, its language switch leading to the other', async ({
  request,
}) => {
  for (const [vi, en] of pairs) {
    for (const [path, lang, other] of [
      [vi, 'vi-VN', en],
      [en, 'en-GB', vi],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(switchTarget(html), path).toBe(other);
    }
  }
});

// Every page's switch is read above; one is followed in the browser, both ways.
test('the language switch leads from a profile to its English page and back', async ({ page }) => {
  const [vi, en] = pairs[3]!;
  await page.goto(vi);
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(new RegExp(`${en.replace(/[/.]/g, '\\$&')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.getByRole('link', { name: /Tiếng Việt/ }).click();
  await expect(page).toHaveURL(new RegExp(`${vi.replace(/[/.]/g, '\\$&')}$`));
});

test('content without a translation falls back with a notice', async ({ page }) => {
  const response = await page.goto('/en/news/tuyen-duong-guong-mat-tre-tieu-bieu-2024');
  expect(response?.status()).toBe(200);
  await expect(
    page.getByText('This page has no English version yet; you are reading the Vietnamese original.'),
  ).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'vi');
  await page.goto('/en/news');
  await expect(page.getByText('Only in Vietnamese').first()).toBeVisible();
});

test('dates and numbers follow the language', async ({ page }) => {
  await page.goto('/en/news');
  await expect(page.locator('time').first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await page.goto('/tin-tuc');
  await expect(page.locator('time').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
});

test('news tags read as words in each language, never as slugs', async ({ page }) => {
  await page.goto('/en/news');
  const tags = page.getByRole('navigation', { name: 'Filter by topic' });
  await expect(tags).not.toContainText('#');
  await tags.getByRole('link', { name: /^Informatics/ }).click();
  await expect(page).toHaveURL(/\?tag=tin-hoc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News: Informatics');
  await page.goto('/en/news/youth-informatics-contest-2025-results');
  await expect(page.locator('article .meta a.chip').first()).toHaveText(/^[A-Z][a-z ]+$/);
  await page.goto('/tin-tuc/ket-qua-hoi-thi-tin-hoc-tre-2025');
  await expect(page.locator('article .meta a.chip', { hasText: 'Tin học' })).toBeVisible();
});

test('honour headings agree with their counts in English', async ({ page }) => {
  await page.goto('/en/honours');
  const years = await page
    .locator('main a[href^="/en/honours/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(years.length).toBeGreaterThan(0);
  for (const year of years) {
    await page.goto(year);
    for (const heading of await page.locator('main h2').allTextContents()) {
      const count = /\((\d+)\)/.exec(heading)?.[1];
      expect(count, heading).toBeDefined();
      if (count === '1') expect(heading, heading).not.toMatch(/Faces|honours/);
      else expect(heading, heading).toMatch(/Faces|honours/);
    }
  }
});

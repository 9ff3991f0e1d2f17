import { expect, test } from '@playwright/test';
import type { SearchResult } from '@/lib/search/types';
import { foldVietnamese } from '@/lib/vietnamese';
import { fieldDefinition } from '../../scripts/seed/reference';
import { EXACT_NAME_EXAMPLE } from '../../scripts/seed/examples';

test('a query without accents finds the accented name, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tim-kiem');
  const { fullName, field } = EXACT_NAME_EXAMPLE;
  const query = foldVietnamese(fullName);
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/tim-kiem' && url.searchParams.get('q') === query);
  const first = page.locator('ol.results > li').first();
  await expect(first.getByRole('heading')).toHaveText(fullName);
  await expect(first.locator('mark')).toHaveText(fullName.split(' '));
  await page.getByText('Bộ lọc', { exact: true }).click();
  await page.getByRole('checkbox', { name: fieldDefinition(field).nameVi }).check();
  await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.getAll('field').includes(field));
  await context.close();
});

test('results follow typing and filters without reloading the page', async ({ page }) => {
  await page.goto('/tim-kiem');
  const total = page.locator('#results-total');
  const everyone = await total.textContent();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('searchbox').pressSequentially('duong', { delay: 40 });
  await expect(page).toHaveURL(/q=duong/);
  await expect(total).not.toHaveText(everyone!);
  await expect(page.locator('ol.results > li').first().locator('mark').first()).toHaveText(
    /^(d|đ)(u|ư)(o|ơ)/i,
  );

  const before = await total.textContent();
  await page.getByRole('checkbox', { name: /^Cấp tỉnh/ }).check();
  await expect(page).toHaveURL(/level=provincial/);
  await expect(total).not.toHaveText(before!);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('the keyboard reaches the filters and keeps focus while results update', async ({ page }) => {
  await page.goto('/tim-kiem?q=nguyen');
  const checkbox = page.getByRole('checkbox').first();
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/field=/);
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});

test('bad queries get a clear answer, never a 500', async ({ request, page }) => {
  const cases: [string, number][] = [
    [`/tim-kiem?q=${'a'.repeat(500)}`, 400],
    ['/tim-kiem?field=khong-ton-tai', 400],
    ['/tim-kiem?sort=random', 400],
    ['/tim-kiem?page=abc', 400],
    ['/tim-kiem?page=400', 404],
    ['/tim-kiem?q=%F0%9F%99%82%00%E2%80%8B', 200],
    ['/tim-kiem?q=%22%20OR%20NEAR(', 200],
    ['/api/search?field=khong-ton-tai', 400],
  ];
  for (const [path, status] of cases) expect((await request.get(path)).status(), path).toBe(status);
  await page.goto('/tim-kiem?field=khong-ton-tai');
  await expect(page.getByRole('alert')).toContainText('khong-ton-tai');
});

test('the JSON endpoint serves the same results as the page', async ({ page, request }) => {
  const json = (await (await request.get('/api/search?q=nguyen&sort=name')).json()) as SearchResult;
  await page.goto('/tim-kiem?q=nguyen&sort=name');
  const names = await page.locator('ol.results h2').allTextContents();
  expect(json.hits.map((h) => h.fullName)).toEqual(names.map((n) => n.trim()));
  expect(await page.locator('#results-total').textContent()).toContain(String(json.total));
});

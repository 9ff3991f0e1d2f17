import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { PUBLIC_PAGES } from './support/page-kinds';

/**
 * Public pages are read on phones over slow, metered connections: each ships at most 20 KB of
 * JavaScript compressed, the directory (whose live search is JavaScript) at most 30 KB. The size is
 * gzip's, computed here from the decoded bodies, so it does not depend on whether the server
 * compresses (brotli, when a proxy uses it, only makes the real figure smaller).
 */
const KB = 1024;
const budgetOf = (path: string) =>
  (path.startsWith('/tim-kiem') || path.startsWith('/en/search') ? 30 : 20) * KB;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;

/** Compressed bytes of every script the page runs: files it loads and scripts written inline. */
async function scriptBytes(page: Page, path: string, use?: (page: Page) => Promise<void>) {
  const files: Promise<number>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() === 'script') files.push(response.body().then(gzipped));
  };
  page.on('response', onResponse);
  // Scripts a page loads are in by its load event; what the live search loads later, it loads
  // while `use` works with the page.
  await page.goto(path);
  await use?.(page);
  page.off('response', onResponse);
  // JSON-LD and other data blocks are not code; everything else inline is.
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) =>
      scripts
        .filter((s) => !s.getAttribute('type') || /module|javascript/.test(s.getAttribute('type')!))
        .map((s) => s.textContent ?? ''),
    );
  return (
    (await Promise.all(files)).reduce((a, b) => a + b, 0) +
    inline.map((s) => gzipped(s)).reduce((a, b) => a + b, 0)
  );
}

for (const kind of PUBLIC_PAGES) {
  test(`${kind.name} ships at most its budget of compressed JavaScript`, async ({ page }) => {
    for (const path of [kind.vi, kind.en]) {
      const bytes = await scriptBytes(page, path);
      expect.soft(bytes, `${path}: compressed JavaScript bytes`).toBeLessThanOrEqual(budgetOf(path));
    }
  });
}

test('the directory’s live search stays within 30 KB once it has run', async ({ page }) => {
  const bytes = await scriptBytes(page, '/tim-kiem', async (directory) => {
    await directory.getByRole('searchbox').fill('nguyen');
    await expect(directory).toHaveURL(/\?q=nguyen$/);
    await directory.getByLabel('Sắp xếp').selectOption({ index: 1 });
    await expect(directory).toHaveURL(/&sort=/);
  });
  // The page did load a script: a measure that saw nothing would pass whatever the page shipped.
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(30 * KB);
});

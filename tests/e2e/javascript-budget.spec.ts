import { expect, test } from './support/test';
import { budgetOf, watchScripts } from './support/javascript-budget';

/*
 * The budget of each public page as it loads is checked on the page load of its accessibility test
 * (accessibility.spec.ts); this is the directory once its live search has run.
 */

test('the directory’s live search stays within 30 KB once it has run', async ({ page }) => {
  // Scripts a page loads are in by its load event; what the live search loads later, it loads
  // while the search is used.
  const scripts = watchScripts(page);
  await page.goto('/tim-kiem');
  await page.getByRole('searchbox').fill('nguyen');
  await expect(page).toHaveURL(/\?q=nguyen$/);
  await page.getByLabel('Sắp xếp').selectOption({ index: 1 });
  await expect(page).toHaveURL(/&sort=/);
  const bytes = await scripts.compressedBytes();
  // The page did load a script: a measure that saw nothing would pass whatever the page shipped.
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(budgetOf('/tim-kiem'));
});

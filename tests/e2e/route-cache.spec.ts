import type { Page, Response } from '@playwright/test';
import { vi as decisionsText } from '@/lib/i18n/messages/decisions';
import { expect, newPage, test } from './support/test';
import { signInAsAdmin } from './support/people';
import { vi as talentsVi, en as talentsEn } from '@/lib/i18n/messages/talents';

/** What the route cache did for an answer (`X-Astro-Cache`), or null when it was not asked. */
const cacheOf = (response: Response | null) => response?.headers()['x-astro-cache'] ?? null;

/** The achievement's card in a profile page's achievements. */
const card = (page: Page, title: string) =>
  page
    .locator('section[aria-labelledby="achievements"] li')
    .filter({ has: page.locator('strong').getByText(title, { exact: true }) });

test("an officer's verification shows on the very next anonymous request, in both languages", async ({
  page,
  browser,
}) => {
  test.slow();
  const officer = await newPage(browser);
  await signInAsAdmin(officer);
  // An achievement waiting for verification whose talent already has a public page.
  await officer.goto('/quan-tri/thanh-tich');
  const reviews = await officer
    .getByRole('main')
    .getByRole('listitem')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  let profilePath = '';
  for (const review of reviews) {
    await officer.goto(review);
    if ((await officer.getByText(decisionsText['review.draftNotice']).count()) === 0) {
      profilePath = (await officer
        .getByRole('link', { name: decisionsText['review.openProfile'] })
        .getAttribute('href'))!;
      break;
    }
  }
  expect(profilePath).toMatch(/^\/tai-nang\//);
  const title = (await officer.getByRole('heading', { level: 1 }).textContent())!.trim();
  const englishPath = profilePath.replace('/tai-nang/', '/en/talents/');

  for (const [path, words] of [
    [profilePath, talentsVi],
    [englishPath, talentsEn],
  ] as const) {
    await page.goto(path);
    expect(cacheOf(await page.reload())).toBe('HIT');
    await expect(card(page, title)).toContainText(words['talent.unverified']);
  }

  await officer.getByRole('button', { name: decisionsText['decision.verified'], exact: true }).click();
  await expect(officer.getByRole('status').first()).toBeVisible();
  await officer.close();

  for (const [path, words] of [
    [profilePath, talentsVi],
    [englishPath, talentsEn],
  ] as const) {
    expect(cacheOf(await page.goto(path))).toBe('MISS');
    await expect(card(page, title)).toContainText(words['talent.verified']);
  }
});

test('signed-in requests neither read nor fill the route cache', async ({ page, browser }) => {
  test.slow();
  // A URL of its own: the news list ignores the parameter, the cache keys on it. News changes only
  // with a build, so no other test's write drops the page between the two visits.
  const path = `/tin-tuc?lan=${Date.now()}`;
  await signInAsAdmin(page);
  const signedIn = await page.goto(path);
  expect(cacheOf(signedIn)).toBeNull();
  expect(signedIn?.headers()['cache-control']).toBe('private, no-store');

  const visitor = await newPage(browser);
  expect(cacheOf(await visitor.goto(path))).toBe('MISS');
  const cached = await visitor.reload();
  expect(cacheOf(cached)).toBe('HIT');
  expect(cached?.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
  await expect(visitor.getByRole('banner').getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  await visitor.close();

  expect(cacheOf(await page.goto(path))).toBeNull();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Tài khoản' })).toBeVisible();
});

import type { Browser, Page } from '@playwright/test';
import { and, asc, eq } from 'drizzle-orm';
import { openDatabase } from '@db/client';
import { talents, units, type User, users } from '@db/schema';
import { vi as text } from '@/lib/i18n/messages/awards';
import { createSession, sessionCookieName } from '@/lib/server/auth/sessions';
import { defaultVisibility } from '@/lib/visibility';
import { E2E_ADMIN } from './support/accounts';
import { expect, newPage, test } from './support/test';

const CALL = '/giai-thuong/guong-mat-tre-tieu-bieu-tinh-an-giang-2027';
const AWARD = 'Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2027';

/** A page of a new person signed in as `user`, with a session made the way signing in makes one. */
async function pageAs(browser: Browser, baseURL: string, user: Pick<User, 'id' | 'role'>): Promise<Page> {
  const db = openDatabase(process.env.E2E_DATABASE_URL!);
  const { token } = await createSession(db, user, 'e2e award calls');
  db.$client.close();
  const page = await newPage(browser);
  await page.context().addCookies([{ name: sessionCookieName(), value: token, url: baseURL }]);
  return page;
}

test('a talent applies, a reviewer scores, the officer honours, the honour shows everywhere; an admin revokes it and it is gone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  // The people, set up without the UI (signing in is not what this test is about).
  const db = openDatabase(process.env.E2E_DATABASE_URL!);
  const stamp = Date.now();
  const fullName = `Lâm Thử Vinh ${stamp}`;
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.kind, 'commune'), eq(units.active, true)))
    .orderBy(asc(units.id))
    .limit(1);
  const [talentUser, officerUser] = await db
    .insert(users)
    .values([
      {
        email: `ung-vien.${stamp}@example.vn`,
        displayName: fullName,
        role: 'talent',
        emailVerifiedAt: new Date(),
      },
      {
        email: `hoi-dong.${stamp}@example.vn`,
        displayName: 'Cán bộ Hội đồng',
        role: 'officer',
        unitId: unit!.id,
        emailVerifiedAt: new Date(),
      },
    ])
    .returning({ id: users.id, role: users.role });
  const [talent] = await db
    .insert(talents)
    .values({
      slug: `lam-thu-vinh-${stamp}`,
      fullName,
      birthYear: 2001,
      discoveredYear: 2026,
      unitId: unit!.id,
      status: 'verified',
      visibility: defaultVisibility(2001, 2026),
      userId: talentUser!.id,
    })
    .returning({ slug: talents.slug });
  const [admin] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.email, E2E_ADMIN.email));
  db.$client.close();

  // The talent applies from the call's page.
  const form = await pageAs(browser, baseURL!, talentUser!);
  await form.goto(CALL);
  await form.getByRole('link', { name: text['apply.cta'] }).click();
  await form
    .getByLabel(text['apply.statement'])
    .fill('Giải Nhất cấp tỉnh năm 2025 và dẫn dắt câu lạc bộ tình nguyện.');
  await form.getByLabel(text['apply.links']).fill('https://example.vn/minh-chung');
  await form.getByLabel(text['apply.consent']).check();
  await form.getByRole('button', { name: text['apply.submit'] }).click();
  await expect(form.getByRole('status')).toContainText(text['apply.submitted'].slice(0, 20));
  await form.context().close();

  // The officer of the talent's unit declares no conflict, scores, then honours.
  const review = await pageAs(browser, baseURL!, officerUser!);
  await review.goto('/quan-tri/giai-thuong/gmt-2027?status=submitted');
  await review.getByRole('link', { name: fullName }).click();
  await review.getByLabel(text['selection.declareNone']).check();
  await review.getByRole('button', { name: text['selection.declareSubmit'] }).click();
  for (const select of await review.locator('select[name="scores"]').all()) await select.selectOption('4');
  await review.getByRole('button', { name: text['selection.scoreSubmit'] }).click();
  await expect(review.getByRole('cell', { name: '4.00' }).first()).toBeVisible();
  await review.getByLabel(text['selection.decisionNumber']).fill('125-QĐ/TĐTN-BTC');
  await review.getByLabel(text['selection.ceremonyUrl']).fill('https://example.vn/tin-tuc/le-tuyen-duong');
  await review.getByRole('button', { name: text['selection.accept'], exact: true }).click();
  await expect(review.getByText(text['selection.accepted'])).toBeVisible();
  const applicationPath = new URL(review.url()).pathname;
  await review.context().close();

  // Everyone sees it at once: the profile with its provenance, the honours of 2027, the directory.
  await page.goto(`/tai-nang/${talent!.slug}`);
  await expect(page.locator('section[aria-labelledby="honours"]')).toContainText(AWARD);
  await expect(page.getByText('Quyết định số 125-QĐ/TĐTN-BTC')).toBeVisible();
  await page.goto('/vinh-danh/2027');
  await expect(page.getByText(fullName)).toBeVisible();
  await page.goto(`/tim-kiem?q=${encodeURIComponent(fullName)}`);
  await expect(page.getByRole('listitem').filter({ hasText: fullName })).toContainText('Vinh danh 2027');

  // An admin revokes it with a reason: the public pages drop it.
  const adminPage = await pageAs(browser, baseURL!, admin!);
  await adminPage.goto(applicationPath);
  await adminPage
    .getByLabel(text['selection.revokeReason'])
    .fill('Thành tích được xác định không đúng sự thật.');
  await adminPage.getByRole('button', { name: text['selection.revoke'] }).click();
  await expect(adminPage.getByText(text['selection.revoked'])).toBeVisible();
  await adminPage.context().close();

  await page.goto(`/tai-nang/${talent!.slug}`);
  await expect(page.getByText(AWARD)).toHaveCount(0);
  await page.goto('/vinh-danh/2027');
  await expect(page.getByText(fullName)).toHaveCount(0);
  await page.goto(`/tim-kiem?q=${encodeURIComponent(fullName)}`);
  await expect(page.getByRole('listitem').filter({ hasText: fullName })).not.toContainText('Vinh danh 2027');
});

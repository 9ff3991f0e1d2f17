import { eq } from 'drizzle-orm';
import { openDatabase } from '@db/client';
import { achievements, talents, units, users } from '@db/schema';
import { createSession } from '@/lib/server/auth/sessions';
import { vi as decisionText } from '@/lib/i18n/messages/decisions';
import { vi as recordsText } from '@/lib/i18n/messages/records';
import { defaultVisibility } from '@/lib/visibility';
import { E2E_NOW } from './support/clock';
import { expect, newPage, test } from './support/test';

const YEAR = E2E_NOW.getFullYear();
const HEADER = 'ho_ten,nam_sinh,don_vi,thanh_tich,giai_thuong,cap,nam_dat';
const tag = Math.random().toString(36).slice(2, 7).replace(/\d/g, 'x');
const csv = (birthYear: string) =>
  Buffer.from(
    [
      HEADER,
      `Lâm Thị Nhập ${tag},${YEAR - 21},doan-xa-cho-moi,Giải Nhất Tin học,Hội thi Tin học trẻ,tinh,${YEAR - 1}`,
      `Lâm Văn Sửa ${tag},${birthYear},doan-xa-cho-moi,,,,`,
    ].join('\n'),
  );

test('an officer checks an import with a bad row, fixes it, imports it, then refuses an achievement the talent sees refused', async ({
  page,
  browser,
}) => {
  test.slow();
  // People set up without the UI: signing in is not what this test is about.
  const db = openDatabase(process.env.E2E_DATABASE_URL!);
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, 'doan-xa-cho-moi'));
  const person = (role: 'officer' | 'talent', name: string) =>
    db
      .insert(users)
      .values({
        email: `${role}.${tag}@example.vn`,
        displayName: name,
        role,
        unitId: role === 'officer' ? unit!.id : null,
        emailVerifiedAt: new Date(),
      })
      .returning()
      .then((rows) => rows[0]!);
  const officer = await person('officer', 'Cán Bộ Nhập');
  const owner = await person('talent', 'Bạn Trẻ Chờ');
  const [talent] = await db
    .insert(talents)
    .values({
      slug: `ban-tre-cho-${tag}`,
      fullName: `Bạn Trẻ Chờ ${tag}`,
      birthYear: YEAR - 24,
      discoveredYear: YEAR,
      unitId: unit!.id,
      status: 'verified',
      visibility: defaultVisibility(YEAR - 24, YEAR),
      userId: owner.id,
    })
    .returning({ id: talents.id });
  const [achievement] = await db
    .insert(achievements)
    .values({
      talentId: talent!.id,
      title: `Giải chờ ${tag}`,
      awardName: 'Hội thi',
      level: 'unit',
      year: YEAR - 1,
    })
    .returning({ id: achievements.id });
  const signInAs = async (target: typeof page, user: Pick<typeof officer, 'id' | 'role'>) => {
    const { token } = await createSession(db, user, 'e2e');
    await target
      .context()
      .addCookies([{ name: 'tntag_session', value: token, url: process.env.E2E_BASE_URL! }]);
  };
  const imported = async () =>
    (await db.select({ id: talents.id }).from(talents).where(eq(talents.unitId, unit!.id))).filter(Boolean)
      .length;

  await signInAs(page, officer);
  await page.goto('/quan-tri/nhap');
  const before = await imported();
  await page
    .getByLabel(recordsText['import.file'])
    .setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: csv('hai nghìn') });
  await page.getByRole('button', { name: recordsText['import.dryRun'] }).click();
  const errors = page.getByRole('table', { name: recordsText['import.errorsTitle'] });
  await expect(errors.getByRole('row').nth(1)).toHaveText(/3\s*nam_sinh\s*Năm không hợp lệ/);
  expect(await imported()).toBe(before);

  await page
    .getByLabel(recordsText['import.file'])
    .setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: csv(String(YEAR - 19)) });
  await page.getByRole('button', { name: recordsText['import.submit'], exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Đã nhập 2 dòng.' })).toBeVisible();
  expect(await imported()).toBe(before + 2);

  await page.goto(`/quan-tri/thanh-tich/${achievement!.id}`);
  await page.getByLabel(decisionText['review.reason']).fill(`Thiếu giấy chứng nhận ${tag}`);
  await page.getByRole('button', { name: decisionText['decision.refused'], exact: true }).click();
  await expect(page.getByText(decisionText['review.notWaiting'])).toBeVisible();

  const talentPage = await newPage(browser);
  await signInAs(talentPage, owner);
  await talentPage.goto('/tai-khoan/yeu-cau');
  await expect(talentPage.getByText(`Thiếu giấy chứng nhận ${tag}`)).toBeVisible();
  db.$client.close();
});

import { expect, test } from './support/test';
import { signUp, uniqueEmail, verifyFromMail } from './support/accounts';
import { E2E_NOW } from './support/clock';
import { DEMO_HONOUR_TITLES, DEMO_HONOUR_YEARS } from '../../scripts/seed/examples';
import { vi as contentText } from '@/lib/i18n/messages/content';
import { en as privacyEn } from '@/lib/i18n/messages/privacy';
import { vi as profileText } from '@/lib/i18n/messages/profile';
import { vi as talentText } from '@/lib/i18n/messages/talents';

/* The defects a newcomer met on a first walk through the site (issue 11), one test each. */

const PASSWORD = 'sen nở trên đồng Tháp';
const YEAR = E2E_NOW.getUTCFullYear();

test('"Other titles" cards say which title each person received', async ({ page }) => {
  const year = DEMO_HONOUR_YEARS.at(-2)!;
  await page.goto(`/vinh-danh/${year}`);
  const other = page.getByRole('region', { name: new RegExp(talentText['honourKind.other']) });
  const cards = other.getByRole('listitem');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card).toContainText(DEMO_HONOUR_TITLES.other(year));
});

test('the awards page writes every date one way, dd/mm/yyyy', async ({ page }) => {
  await page.goto('/giai-thuong');
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).not.toMatch(/thg|tháng \d{1,2},/);
  const dates = text.match(/\d{1,2}\/\d{1,2}(\/\d{4})?/g) ?? [];
  expect(dates.length).toBeGreaterThan(3);
  for (const date of dates) expect(date).toMatch(/^\d{2}\/\d{2}(\/\d{4})?$/);
});

test('the birth-year checker answers a year out of range with the range, keeping what was typed', async ({
  page,
}) => {
  await page.goto('/giai-thuong');
  await page.locator('section[data-status="open"] li h3 a').first().click();
  const field = page.getByLabel(contentText['awards.checkLabel']);
  await field.fill('3000');
  const answer = page.waitForResponse((r) => r.url().includes('birthYear='));
  await page.getByRole('button', { name: contentText['awards.checkButton'] }).click();
  expect((await answer).status()).toBe(400);
  await expect(page.getByRole('alert')).toHaveText(/Năm sinh cần nằm trong khoảng từ 1900 đến \d{4}\./);
  await expect(page.getByRole('alert')).not.toContainText('4 chữ số');
  await expect(field).toHaveValue('3000');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
});

test('sign-in returns to the page asked for, only on this site; a minor is not offered to employers', async ({
  page,
}) => {
  test.slow();
  const email = uniqueEmail('tro-lai');
  await signUp(page, email, PASSWORD);
  await verifyFromMail(page, email);

  await page.goto('/tai-khoan/ho-so');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Ftai-khoan%2Fho-so$/);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Mật khẩu').fill('một mật khẩu sai');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // A refusal keeps the way back, and the email typed.
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/tai-khoan\/ho-so$/);

  // 17 this year: a minor under Vietnamese law.
  await page.getByLabel(profileText['profile.fullName'], { exact: true }).fill('Võ Thị Mười Bảy');
  await page.getByLabel(profileText['profile.birthYear']).fill(String(YEAR - 17));
  // A required choice starts empty: nothing is chosen for the person.
  await page.getByLabel(profileText['profile.unit']).selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: profileText['profile.createSubmit'] }).click();
  await expect(page.getByRole('checkbox', { name: profileText['profile.open'] })).toHaveCount(0);
  await expect(page.getByText(profileText['profile.openMinor'])).toBeVisible();
  await expect(page.getByText(profileText['profile.visibilityMinor'])).toBeVisible();

  // The gender the visibility form lets them show is theirs to give, or not.
  await page.getByLabel(talentText['talent.gender'], { exact: true }).first().selectOption('female');
  await page.getByRole('button', { name: profileText['profile.save'] }).first().click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.');
  await page.goto('/tai-khoan/ho-so');
  await expect(page.locator('#field-gender')).toHaveValue('female');

  await page.goto('/en/account/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(privacyEn['data.title']);
  const download = await page.request.get('/en/account/data/download');
  expect(download.status()).toBe(200);
  expect(((await download.json()) as { account: { email: string } }).account.email).toBe(email);

  await page.context().clearCookies();
  for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/%2F%2Fevil.example']) {
    await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page, next).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/tai-khoan$/);
    await page.context().clearCookies();
  }

  // The header's sign-in link brings the person back to the page they were reading.
  await page.goto('/tim-kiem?q=cntt');
  await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=cntt$/);
});

test('the home page counts the talents the directory lists, in both languages', async ({ page }) => {
  for (const [home, directory] of [
    ['/', '/tim-kiem'],
    ['/en', '/en/search'],
  ] as const) {
    await page.goto(home);
    const stats = page.locator('dl.stats dd').first();
    const counted = Number(((await stats.textContent()) ?? '').replace(/\D/g, ''));
    expect(counted, home).toBeGreaterThan(0);
    await page.goto(directory);
    const total = await page
      .getByText(/^[\d.,]+ (tài năng|talents?)$/)
      .first()
      .textContent();
    expect(Number((total ?? '').replace(/\D/g, '')), directory).toBe(counted);
  }
});

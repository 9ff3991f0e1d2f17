import type { Browser } from '@playwright/test';
import { expect, newPage, test } from './support/test';
import { linkFromMail, signIn, uniqueEmail } from './support/accounts';
import { newAccount, PASSWORD, signInAs } from './support/people';

/** One person signed in on two devices, each with its own cookies and address. */
async function signedInTwice(browser: Browser) {
  const laptop = await newPage(browser);
  const { email } = await newAccount(laptop, { prefix: 'bao-mat' });
  const phone = await newPage(browser);
  await signInAs(phone, email);
  return { email, laptop, phone };
}

test('changing the password ends the other sessions, not this one', async ({ browser }) => {
  test.slow();
  const { email, laptop, phone } = await signedInTwice(browser);
  await laptop.goto('/tai-khoan/bao-mat');
  await laptop.getByLabel('Mật khẩu hiện tại').first().fill(PASSWORD);
  await laptop.getByLabel('Mật khẩu mới').fill('một mật khẩu khác hẳn');
  await laptop.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(laptop.getByRole('status')).toContainText('Đã đổi mật khẩu');

  await phone.goto('/tai-khoan');
  await expect(phone).toHaveURL(/\/dang-nhap$/);
  await laptop.goto('/tai-khoan');
  await expect(laptop.getByRole('heading', { level: 1 })).toContainText('Xin chào');
  // The new password lets the other device back in.
  await signIn(phone, email, 'một mật khẩu khác hẳn');
});

test('signing out everywhere ends every session', async ({ browser }) => {
  test.slow();
  const { laptop, phone } = await signedInTwice(browser);
  await phone.goto('/tai-khoan');
  await phone.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
  await expect(phone).toHaveURL(/\/dang-nhap$/);
  await laptop.goto('/tai-khoan');
  await expect(laptop).toHaveURL(/\/dang-nhap$/);
});

test('the email changes only when the link sent to the new address is followed', async ({ page }) => {
  test.slow();
  const { email } = await newAccount(page, { prefix: 'cu' });
  const next = uniqueEmail('moi');
  await page.goto('/tai-khoan/bao-mat');
  await page.getByLabel('Email mới').fill(next);
  await page.getByLabel('Mật khẩu hiện tại').nth(1).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đổi email' }).click();
  await expect(page.getByRole('status')).toContainText(next);
  await page.goto('/tai-khoan');
  await expect(page.getByText(email)).toBeVisible();

  await page.goto(await linkFromMail(page, next));
  await page.getByRole('button', { name: 'Xác nhận email mới' }).click();
  await expect(page.getByRole('status')).toHaveText('Email của tài khoản đã được thay đổi.');
  await page.goto('/tai-khoan');
  await expect(page.getByText(next)).toBeVisible();
});

test('account pages need a signed-in person and tell an unverified one to verify', async ({ page }) => {
  test.slow();
  for (const path of [
    '/tai-khoan',
    '/tai-khoan/bao-mat',
    '/tai-khoan/ho-so',
    '/tai-khoan/du-lieu',
    '/quan-tri',
    '/en/account',
  ]) {
    await page.goto(path);
    // Signing in then returns to the page asked for (the account page is the default).
    const query = path === '/tai-khoan' || path === '/en/account' ? '' : `?next=${encodeURIComponent(path)}`;
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}`, path).toMatch(/^\/(dang-nhap|en\/sign-in)(\?|$)/);
    expect(url.search, path).toBe(query);
  }
  // Signing up and in through the forms is tested in accounts.spec.ts and new-user.spec.ts.
  await newAccount(page, { prefix: 'chua-xac-minh', verified: false });
  await page.goto('/tai-khoan');
  await expect(page.getByText('Email của bạn chưa được xác nhận.')).toBeVisible();
  await page.getByRole('button', { name: 'Gửi lại thư xác nhận' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã gửi lại thư xác nhận.');
  const forbidden = await page.goto('/quan-tri');
  expect(forbidden?.status()).toBe(403);
});

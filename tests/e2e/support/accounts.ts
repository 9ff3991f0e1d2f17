import { expect, type Page } from '@playwright/test';

/** The admin the global setup creates with `npm run admin:create`. */
export const E2E_ADMIN = { email: 'quan-tri.e2e@example.vn', password: 'phù sa sông Hậu 2026' };

/** An address no other test uses, so tests can run in parallel on one database. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.vn`;
}

/** The link of the newest mail to `to` in the outbox page, as a path on the test server. */
export async function linkFromMail(page: Page, to: string): Promise<string> {
  await page.goto('/hop-thu');
  const mail = page
    .locator('ol.mail > li')
    .filter({ hasText: `Đến: ${to}` })
    .first();
  const text = await mail.locator('pre').textContent();
  const url = /https?:\/\/\S+/.exec(text ?? '')?.[0];
  expect(url, `a link in the mail to ${to}`).toBeTruthy();
  return new URL(url!).pathname + new URL(url!).search;
}

/**
 * Signs up through the form. A test that creates an account is a journey (argon2 hashing, slow on
 * purpose, the mail and several pages, often as several people) that came within seconds of the
 * 30 s timeout on a busy 2-core machine, or past it: such tests call `test.slow()` first.
 */
export async function signUp(
  page: Page,
  email: string,
  password: string,
  role: 'talent' | 'employer' = 'talent',
) {
  await page.goto('/dang-ky');
  await page
    .getByLabel(role === 'talent' ? 'Tài năng trẻ (16–35 tuổi)' : 'Nhà tuyển dụng, doanh nghiệp')
    .check();
  await page.getByLabel('Họ và tên').fill('Người Thử Nghiệm');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã gửi thư xác nhận đến ${email}`);
}

export async function verifyFromMail(page: Page, email: string) {
  await page.goto(await linkFromMail(page, email));
  await page.getByRole('button', { name: 'Xác nhận địa chỉ email' }).click();
  await expect(page.getByRole('status')).toHaveText('Email của bạn đã được xác nhận.');
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
}

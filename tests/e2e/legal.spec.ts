import { expect, test } from './support/test';
import { signIn, signUp, uniqueEmail, verifyFromMail } from './support/accounts';

const PASSWORD = 'mùa nước nổi đầu nguồn';

const pages = [
  { vi: '/dieu-khoan', en: '/en/terms', vi_h1: 'Điều khoản sử dụng', en_h1: 'Terms of use', versioned: true },
  {
    vi: '/chinh-sach-bao-mat',
    en: '/en/privacy',
    vi_h1: 'Thông báo xử lý dữ liệu cá nhân',
    en_h1: 'Personal data processing notice',
    versioned: true,
  },
  {
    vi: '/yeu-cau-du-lieu',
    en: '/en/data-requests',
    vi_h1: 'Yêu cầu về dữ liệu cá nhân',
    en_h1: 'Personal data requests',
    versioned: false,
  },
];

/** The version the privacy notice shows, as a reader sees it. */
async function shownVersion(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('/chinh-sach-bao-mat');
  const text = await page.getByText(/^Phiên bản /).textContent();
  return text!.replace('Phiên bản ', '').trim();
}

test('the terms, the privacy notice and the data requests page answer in both languages, marked as drafts', async ({
  page,
}) => {
  for (const entry of pages) {
    for (const lang of ['vi', 'en'] as const) {
      const response = await page.goto(entry[lang]);
      expect(response?.status(), entry[lang]).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'vi' ? 'vi-VN' : 'en-GB');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry[`${lang}_h1`]);
      await expect(page.getByRole('note')).toContainText(lang === 'vi' ? 'Bản dự thảo' : 'Draft');
      const version = page.getByText(lang === 'vi' ? /^Phiên bản \d{4}-\d{2}$/ : /^Version \d{4}-\d{2}$/);
      await expect(version).toHaveCount(entry.versioned ? 1 : 0);
    }
  }
  await page.goto('/yeu-cau-du-lieu');
  await expect(page.getByText('trong 2 ngày làm việc')).toBeVisible();
  await expect(page.getByText('trong 15 ngày')).toBeVisible();
});

test('the footer links to the three pages in the reader’s language', async ({ page }) => {
  for (const [home, lang] of [
    ['/', 'vi'],
    ['/en', 'en'],
  ] as const) {
    await page.goto(home);
    const footer = page.locator('footer');
    for (const entry of pages) {
      await expect(footer.getByRole('link', { name: entry[`${lang}_h1`] })).toHaveAttribute(
        'href',
        entry[lang],
      );
    }
  }
});

test('the sign-up form links to both texts without losing what was typed', async ({ page, context }) => {
  for (const [path, lang] of [
    ['/en/sign-up', 'en'],
    ['/dang-ky', 'vi'],
  ] as const) {
    await page.goto(path);
    for (const entry of pages.filter((p) => p.versioned)) {
      const link = page.locator('form').getByRole('link', { name: entry[`${lang}_h1`] });
      await expect(link).toHaveAttribute('href', entry[lang]);
      await expect(link).toHaveAttribute('target', '_blank');
    }
  }
  await page.getByLabel('Họ và tên').fill('Người Đọc Kỹ');
  const opened = context.waitForEvent('page');
  await page.locator('form').getByRole('link', { name: 'Thông báo xử lý dữ liệu cá nhân' }).click();
  const notice = await opened;
  await expect(notice.getByRole('heading', { level: 1 })).toHaveText('Thông báo xử lý dữ liệu cá nhân');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Người Đọc Kỹ');
});

test('the consent recorded at sign-up carries the version the pages show', async ({ page }) => {
  const version = await shownVersion(page);
  await page.goto('/dang-ky');
  await expect(page.getByRole('checkbox', { name: /Tôi đồng ý/ })).toHaveAccessibleName(
    new RegExp(`phiên bản ${version}`),
  );
  const email = uniqueEmail('dong-y');
  await signUp(page, email, PASSWORD);
  await verifyFromMail(page, email);
  await signIn(page, email, PASSWORD);
  const download = await page.request.get('/tai-khoan/du-lieu/tai-ve');
  expect(download.status()).toBe(200);
  const data = (await download.json()) as { consents: { kind: string; textVersion: string }[] };
  expect(data.consents).toEqual([expect.objectContaining({ kind: 'terms', textVersion: version })]);
});

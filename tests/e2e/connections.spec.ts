import type { Browser, Page } from '@playwright/test';
import { expect, newPage, test } from './support/test';
import { newAccount, signInAsAdmin } from './support/people';
import { E2E_NOW } from './support/clock';
import { decideInQueue } from './support/workspace';
import { vi as text } from '@/lib/i18n/messages/connections';
import { slugify } from '@/lib/vietnamese';

/** Born 25 years before the test day: an adult. */
const ADULT_BIRTH_YEAR = E2E_NOW.getUTCFullYear() - 25;

/** A name no other test uses, in letters only (the profile form takes names, not digits). */
function uniqueName(family: string): string {
  const letters = [...`${Date.now()}${Math.floor(Math.random() * 1000)}`]
    .map((digit) => 'abcdeghikl'[Number(digit)])
    .join('');
  return `${family} Thử ${letters.slice(-8, -4)} ${letters.slice(-4)}`;
}

/** A signed-in talent who creates a profile, which an officer (here the admin) verifies. */
async function talentWithProfile(browser: Browser, admin: Page, family: string, open = false) {
  const page = await newPage(browser);
  const { email } = await newAccount(page, { prefix: 'ket-noi' });
  const fullName = uniqueName(family);
  await page.goto('/tai-khoan/ho-so');
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Năm sinh').fill(String(ADULT_BIRTH_YEAR));
  await page.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: fullName })).toBeVisible();
  if (open) {
    await page.getByLabel(/Tôi sẵn sàng đón nhận cơ hội/).check();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).first().click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.');
  }
  await decideInQueue(admin, 'ho-so', fullName, fullName, 'Xác minh');
  return { page, email, fullName, slug: slugify(fullName) };
}

async function adminPage(browser: Browser): Promise<Page> {
  const admin = await newPage(browser);
  await signInAsAdmin(admin);
  return admin;
}

test('a connection request goes round, and a blocked member can no longer see or ask', async ({
  browser,
}) => {
  // Three accounts, two profiles verified by an officer: longer than test.slow() allows on 2 busy cores.
  test.setTimeout(240_000);
  const admin = await adminPage(browser);
  const lan = await talentWithProfile(browser, admin, 'Lâm');
  const minh = await talentWithProfile(browser, admin, 'Mai');
  await admin.close();

  await lan.page.goto(`/tai-nang/${minh.slug}`);
  await lan.page.getByLabel(text['connections.note']).fill('Mình cũng học tin học, kết nối nhé!');
  await lan.page.getByRole('button', { name: text['connections.connect'] }).click();
  await expect(lan.page.getByRole('status')).toHaveText(text['connections.sent']);

  // Minh is told in the header (beside the notice that an officer verified the profile), reads the
  // note and accepts.
  await minh.page.goto('/');
  await expect(
    minh.page.getByRole('banner').getByRole('link', { name: /Thông báo \(2 chưa đọc\)/ }),
  ).toBeVisible();
  await minh.page
    .getByRole('banner')
    .getByRole('link', { name: /Thông báo/ })
    .click();
  await expect(minh.page.getByText(`${lan.fullName} muốn kết nối với bạn.`)).toBeVisible();
  await minh.page.goto('/tai-khoan/ket-noi');
  const request = minh.page.getByRole('listitem').filter({ hasText: 'Mình cũng học tin học' });
  await request.getByRole('button', { name: text['connections.accept'] }).click();
  await expect(minh.page.getByRole('status')).toHaveText(text['connections.done']);

  await lan.page.goto('/tai-khoan/ket-noi');
  const connected = lan.page.getByRole('region', { name: text['connections.connected'] });
  await expect(connected.getByRole('link', { name: minh.fullName })).toHaveAttribute(
    'href',
    `/tai-nang/${minh.slug}`,
  );
  await lan.page.goto(`/tai-nang/${minh.slug}`);
  await expect(lan.page.getByText(text['connections.isConnected'])).toBeVisible();

  // Minh blocks Lan: each disappears for the other, profile, directory and requests alike.
  await minh.page.goto(`/tai-nang/${lan.slug}`);
  await minh.page.getByRole('button', { name: text['connections.block'], exact: true }).click();
  await expect(minh.page).toHaveURL(/\/tai-khoan\/ket-noi$/);
  await expect(minh.page.getByRole('region', { name: text['connections.blocked'] })).toContainText(
    lan.fullName,
  );
  expect((await minh.page.goto(`/tai-nang/${lan.slug}`))?.status()).toBe(404);

  expect((await lan.page.goto(`/tai-nang/${minh.slug}`))?.status()).toBe(404);
  await expect(lan.page.getByRole('button', { name: text['connections.connect'] })).toHaveCount(0);
  await lan.page.goto(`/tim-kiem?q=${encodeURIComponent(minh.fullName)}`);
  await expect(lan.page.getByRole('link', { name: minh.fullName })).toHaveCount(0);
  await lan.page.goto('/tai-khoan/ket-noi');
  await expect(lan.page.getByRole('region', { name: text['connections.connected'] })).toContainText(
    text['connections.none'],
  );
  // A visitor still finds Minh: the block is between the two of them only.
  const visitor = await newPage(browser);
  expect((await visitor.goto(`/tai-nang/${minh.slug}`))?.status()).toBe(200);
  await visitor.close();
});

test('an employer’s contact request: accepted shows both emails, declined shows nothing', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const admin = await adminPage(browser);
  const talent = await talentWithProfile(browser, admin, 'Huỳnh', true);

  const organisation = `Công ty TNHH ${uniqueName('Sen')}`;
  const employer = await newPage(browser);
  const { email: employerEmail } = await newAccount(employer, { role: 'employer', prefix: 'tuyen-dung' });
  await employer.goto('/tai-khoan/doanh-nghiep');
  await employer.getByLabel('Tên tổ chức').fill(organisation);
  await employer
    .getByLabel('Mã số doanh nghiệp (mã số thuế)')
    .fill(String(1600000000 + Math.floor(Math.random() * 1e8)));
  await employer.getByLabel('Người liên hệ').fill('Trần Văn Sáu');
  await employer.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(employer.getByRole('status')).toBeVisible();
  await decideInQueue(admin, 'nha-tuyen-dung', organisation, organisation, 'Xác minh');
  await admin.close();

  const ask = async (subject: string) => {
    await employer.goto(`/tai-nang/${talent.slug}`);
    await employer
      .getByLabel(text['contact.kindLabel'])
      .selectOption({ label: text['contact.kind.internship'] });
    await employer.getByLabel(text['contact.subject']).fill(subject);
    await employer
      .getByLabel(text['contact.message'])
      .fill('Mời bạn thực tập ba tháng tại văn phòng Long Xuyên.');
    await employer.getByRole('button', { name: text['contact.send'] }).click();
    await expect(employer.getByRole('status')).toHaveText(text['contact.sent']);
  };
  const answer = async (subject: string, button: 'contact.accept' | 'contact.decline') => {
    await talent.page.goto('/tai-khoan/lien-he');
    const item = talent.page.getByRole('listitem').filter({ hasText: subject });
    await expect(item).toContainText(organisation);
    await expect(item).not.toContainText(employerEmail);
    await item.getByRole('button', { name: text[button] }).click();
    await expect(talent.page.getByRole('status')).toHaveText(text['contact.done']);
  };
  const sent = (subject: string) => employer.getByRole('listitem').filter({ hasText: subject });

  await ask('Thực tập mùa hè');
  await employer.goto('/tai-khoan/lien-he');
  await expect(sent('Thực tập mùa hè')).toContainText(text['contact.status.pending']);
  await expect(sent('Thực tập mùa hè')).not.toContainText(talent.email);
  await answer('Thực tập mùa hè', 'contact.accept');
  await expect(talent.page.getByRole('listitem').filter({ hasText: 'Thực tập mùa hè' })).toContainText(
    employerEmail,
  );
  await employer.goto('/tai-khoan/lien-he');
  await expect(sent('Thực tập mùa hè')).toContainText(`Email liên hệ: ${talent.email}`);

  await ask('Dự án mùa thu');
  await answer('Dự án mùa thu', 'contact.decline');
  await employer.goto('/tai-khoan/lien-he');
  await expect(sent('Dự án mùa thu')).toContainText(text['contact.status.declined']);
  await expect(sent('Dự án mùa thu')).not.toContainText(talent.email);
  await expect(sent('Dự án mùa thu')).not.toContainText('Email liên hệ');
});

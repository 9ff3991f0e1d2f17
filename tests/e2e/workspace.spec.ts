import { expect, newPage, test } from './support/test';
import { E2E_ADMIN, signIn, signUp, uniqueEmail, verifyFromMail } from './support/accounts';
import { exampleSlug, KHMER_EXAMPLE } from '../../scripts/seed/examples';

const PASSWORD = 'bông điên điển mùa nước nổi';

test('an employer sees what talents share with verified employers only once an officer verifies them', async ({
  browser,
}) => {
  test.slow();
  const email = uniqueEmail('doanh-nghiep');
  const employer = await newPage(browser);
  await signUp(employer, email, PASSWORD, 'employer');
  await verifyFromMail(employer, email);
  await signIn(employer, email, PASSWORD);
  await employer.getByRole('link', { name: 'Hồ sơ nhà tuyển dụng →' }).click();
  await employer.getByLabel('Tên tổ chức').fill('Công ty TNHH Phù Sa Số (demo)');
  await employer.getByLabel('Mã số doanh nghiệp (mã số thuế)').fill('1602123456');
  await employer.getByLabel('Trang web (không bắt buộc)').fill('https://phusaso.example.vn');
  await employer.getByLabel('Người liên hệ').fill('Nguyễn Thị Hạnh');
  await employer.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(employer.getByRole('status')).toBeVisible();

  // Contact email is shown to verified employers by default, never to the public.
  await employer.goto(`/tai-nang/${exampleSlug(KHMER_EXAMPLE)}`);
  await expect(employer.getByText('Liên hệ', { exact: true })).toHaveCount(0);

  const admin = await newPage(browser);
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto('/quan-tri');
  const row = admin.getByRole('listitem').filter({ hasText: 'Công ty TNHH Phù Sa Số (demo)' });
  await row.getByRole('button', { name: /Xác minh/ }).click();
  await expect(admin.getByRole('listitem').filter({ hasText: 'Công ty TNHH Phù Sa Số (demo)' })).toHaveCount(
    0,
  );
  await admin.close();

  await employer.reload();
  await expect(employer.getByText('Liên hệ', { exact: true })).toBeVisible();
  await expect(employer.getByRole('link', { name: /@example\.vn$/ })).toBeVisible();

  const visitor = await newPage(browser);
  await visitor.goto(`/tai-nang/${exampleSlug(KHMER_EXAMPLE)}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(KHMER_EXAMPLE.fullName);
  await expect(visitor.getByText('Liên hệ', { exact: true })).toHaveCount(0);
  await visitor.close();
});

test('an admin appoints an officer, who then works for one unit only', async ({ browser }) => {
  test.slow();
  const email = uniqueEmail('can-bo');
  const officer = await newPage(browser);
  await signUp(officer, email, PASSWORD);
  await verifyFromMail(officer, email);
  await signIn(officer, email, PASSWORD);
  expect((await officer.goto('/quan-tri'))?.status()).toBe(403);

  const admin = await newPage(browser);
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto('/quan-tri');
  await admin.getByLabel('Email tài khoản của người được cấp quyền').fill(email);
  await admin.getByLabel('Đơn vị phụ trách').selectOption({ label: 'Đoàn xã Chợ Mới' });
  await admin.getByRole('button', { name: 'Cấp quyền' }).click();
  await expect(admin.getByRole('status')).toContainText(email);
  await admin.close();

  // A change of privilege ends the appointee's sessions: they sign in again, as an officer.
  await officer.goto('/tai-khoan');
  await expect(officer).toHaveURL(/\/dang-nhap$/);
  await signIn(officer, email, PASSWORD);
  await expect(officer.getByText('Vai trò: Cán bộ Đoàn')).toBeVisible();
  const workspace = await officer.goto('/quan-tri');
  expect(workspace?.status()).toBe(200);
  await expect(officer.getByRole('heading', { level: 1 })).toBeVisible();
  const units = await officer.locator('main').textContent();
  expect(units).not.toContain('Đoàn phường Long Xuyên');
});

test('an admin disables an account and all its sessions end at once', async ({ browser }) => {
  test.slow();
  const email = uniqueEmail('bi-khoa');
  const person = await newPage(browser);
  await signUp(person, email, PASSWORD);
  await verifyFromMail(person, email);
  await signIn(person, email, PASSWORD);

  const admin = await newPage(browser);
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto('/quan-tri');
  await admin.getByLabel('Email của tài khoản cần khóa').fill(email);
  await admin.getByRole('checkbox', { name: /Tôi xác nhận khóa tài khoản này/ }).check();
  await admin.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(admin.getByRole('status')).toContainText(email);
  await admin.close();

  await person.goto('/tai-khoan');
  await expect(person).toHaveURL(/\/dang-nhap$/);
  await person.getByLabel('Email').fill(email);
  await person.getByLabel('Mật khẩu').fill(PASSWORD);
  await person.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(person.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
});

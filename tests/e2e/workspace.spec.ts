import { expect, newPage, test } from './support/test';
import { signIn } from './support/accounts';
import { newAccount, signInAsAdmin } from './support/people';
import { exampleSlug, KHMER_EXAMPLE } from '../../scripts/seed/examples';
import { E2E_NOW } from './support/clock';
import { vi as profileText } from '@/lib/i18n/messages/profile';
import { decideInQueue } from './support/workspace';

test('an employer sees what talents share with verified employers only once an officer verifies them', async ({
  browser,
}) => {
  test.slow();
  const employer = await newPage(browser);
  await newAccount(employer, { role: 'employer', prefix: 'doanh-nghiep' });
  await employer.goto('/tai-khoan');
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
  await signInAsAdmin(admin);
  await decideInQueue(admin, 'nha-tuyen-dung', 'Phù Sa Số', 'Công ty TNHH Phù Sa Số (demo)', 'Xác minh');
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
  const officer = await newPage(browser);
  const { email, password } = await newAccount(officer, { prefix: 'can-bo' });
  expect((await officer.goto('/quan-tri'))?.status()).toBe(403);

  const admin = await newPage(browser);
  await signInAsAdmin(admin);
  await admin.goto('/quan-tri');
  await admin.getByLabel('Email tài khoản của người được cấp quyền').fill(email);
  await admin.getByLabel('Đơn vị phụ trách').selectOption({ label: 'Đoàn xã Chợ Mới' });
  await admin.getByRole('button', { name: 'Cấp quyền' }).click();
  await expect(admin.getByRole('status')).toContainText(email);
  await admin.close();

  // A change of privilege ends the appointee's sessions: they sign in again, as an officer.
  await officer.goto('/tai-khoan');
  await expect(officer).toHaveURL(/\/dang-nhap$/);
  await signIn(officer, email, password);
  await expect(officer.getByText('Vai trò: Cán bộ Đoàn')).toBeVisible();
  const workspace = await officer.goto('/quan-tri');
  expect(workspace?.status()).toBe(200);
  await expect(officer.getByRole('heading', { level: 1 })).toBeVisible();
  // The queues offer only the officer's own units to filter by, and show nothing of the others.
  await officer.goto('/quan-tri/ho-so');
  const units = await officer.getByLabel('Đơn vị').locator('option').allTextContents();
  expect(units).toContain('Đoàn xã Chợ Mới');
  expect(units).not.toContain('Đoàn phường Long Xuyên');
});

test('an officer refuses an achievement with a reason, and the talent sees why', async ({ browser }) => {
  test.slow();
  const fullName = `Hồ Thị Từ Chối ${'abcdeghikl'[Date.now() % 10]}${'abcdeghikl'[Math.floor(Date.now() / 10) % 10]}`;
  const talent = await newPage(browser);
  await newAccount(talent, { prefix: 'tu-choi' });
  await talent.goto('/tai-khoan/ho-so');
  await talent.getByLabel('Họ và tên').fill(fullName);
  await talent.getByLabel('Năm sinh').fill(String(E2E_NOW.getUTCFullYear() - 24));
  await talent.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn xã Chợ Mới' });
  await talent.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await talent.getByLabel(profileText['achievement.title']).fill('Giải Nhì Hội thi Tin học trẻ');
  await talent.getByLabel(profileText['achievement.awardName']).fill('Hội thi Tin học trẻ tỉnh');
  await talent
    .getByLabel(profileText['achievement.year'], { exact: true })
    .fill(String(E2E_NOW.getUTCFullYear() - 1));
  await talent.getByRole('button', { name: profileText['profile.addAchievement'] }).click();
  await expect(talent.getByRole('status')).toBeVisible();

  const admin = await newPage(browser);
  await signInAsAdmin(admin);
  const reason = 'Chưa có minh chứng; hãy thêm đường dẫn tới quyết định khen thưởng.';
  await decideInQueue(admin, 'thanh-tich', fullName, 'Giải Nhì Hội thi Tin học trẻ', 'Từ chối', reason);
  await admin.close();

  await talent.goto('/tai-khoan/yeu-cau');
  const item = talent.getByRole('listitem').filter({ hasText: 'Giải Nhì Hội thi Tin học trẻ' });
  await expect(item).toContainText('Không được chấp thuận');
  await expect(item).toContainText(reason);
  await talent.goto('/tai-khoan/thong-bao');
  await expect(talent.getByRole('main')).toContainText(reason);
});

test('an admin disables an account and all its sessions end at once', async ({ browser }) => {
  test.slow();
  const person = await newPage(browser);
  const { email, password } = await newAccount(person, { prefix: 'bi-khoa' });

  const admin = await newPage(browser);
  await signInAsAdmin(admin);
  await admin.goto('/quan-tri');
  await admin.getByLabel('Email của tài khoản cần khóa').fill(email);
  await admin.getByRole('checkbox', { name: /Tôi xác nhận khóa tài khoản này/ }).check();
  await admin.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(admin.getByRole('status')).toContainText(email);
  await admin.close();

  await person.goto('/tai-khoan');
  await expect(person).toHaveURL(/\/dang-nhap$/);
  await person.getByLabel('Email', { exact: true }).fill(email);
  await person.getByLabel('Mật khẩu').fill(password);
  await person.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(person.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
});

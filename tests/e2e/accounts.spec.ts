import { expect, newPage, test } from './support/test';
import sharp from 'sharp';
import { linkFromMail, signIn, signUp, uniqueEmail, verifyFromMail } from './support/accounts';
import { createAccount, newAccount, signInAsAdmin } from './support/people';
import { CLAIMABLE_EXAMPLE, exampleSlug } from '../../scripts/seed/examples';
import { decideInQueue } from './support/workspace';

/** The demo profile this journey claims; no other test touches it. */
const CLAIMED = exampleSlug(CLAIMABLE_EXAMPLE);

const PASSWORD = 'những cánh đồng lúa chín';

test('a talent signs up, verifies, claims a profile, edits it, uploads a photo, hides a part and signs out', async ({
  page,
  browser,
}) => {
  test.slow();
  const email = uniqueEmail('tai-nang');
  await signUp(page, email, PASSWORD);
  await verifyFromMail(page, email);
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Người Thử Nghiệm');

  await page.getByRole('link', { name: 'Hồ sơ tài năng →' }).click();
  await page.getByLabel('Địa chỉ trang hồ sơ').fill(`http://localhost/tai-nang/${CLAIMED}`);
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
  await expect(page.getByRole('status')).toContainText('Đã gửi yêu cầu');

  // An officer (here the admin) approves the claim in the workspace.
  const officer = await newPage(browser);
  await signInAsAdmin(officer);
  await decideInQueue(officer, 'nhan-quan-ly-ho-so', CLAIMABLE_EXAMPLE.fullName, email, 'Đồng ý');
  await officer.close();

  await page.goto('/tai-khoan/ho-so');
  await expect(page.getByRole('heading', { level: 2, name: CLAIMABLE_EXAMPLE.fullName })).toBeVisible();
  await page
    .getByLabel('Giới thiệu ngắn')
    .fill('Giảng viên trẻ, yêu thích dạy lập trình cho học sinh vùng sâu.');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).first().click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.');

  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#1562c4' } })
    .jpeg()
    .toBuffer();
  await page
    .getByLabel('Chọn ảnh')
    .setInputFiles({ name: 'anh-the.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã cập nhật ảnh đại diện.');

  const visitor = await newPage(browser);
  await visitor.goto(`/tai-nang/${CLAIMED}`);
  await expect(
    visitor.getByText('Giảng viên trẻ, yêu thích dạy lập trình cho học sinh vùng sâu.'),
  ).toBeVisible();
  const img = visitor.getByRole('img', { name: `Ảnh của ${CLAIMABLE_EXAMPLE.fullName}` });
  await expect(img).toBeVisible();
  // The profile shows the 240 px copy of the 512 px photo: twice its 120 px box.
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(240);

  await page.getByLabel('Giới thiệu', { exact: true }).selectOption('private');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).nth(1).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu quyền xem.');
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(CLAIMABLE_EXAMPLE.fullName);
  await expect(visitor.getByText('Giảng viên trẻ, yêu thích dạy lập trình')).toHaveCount(0);
  await visitor.close();

  await page.goto('/tai-khoan');
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  expect((await page.goto('/tai-khoan/ho-so'))?.url()).toMatch(/\/dang-nhap\?next=%2Ftai-khoan%2Fho-so$/);
});

test('widening who sees a part needs explicit consent', async ({ page }) => {
  test.slow();
  await newAccount(page, { prefix: 'dong-y' });
  await page.goto('/tai-khoan/ho-so');
  await page.getByLabel('Họ và tên').fill('Trần Thị Đồng Ý');
  await page.getByLabel('Năm sinh').fill('2000');
  await page.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(page.getByText('Hồ sơ đang chờ cán bộ Đoàn xác minh')).toBeVisible();
  // The profile form has a gender field too: this is the setting of who sees it.
  const visibility = page.getByRole('region', { name: 'Ai được xem hồ sơ của tôi?' });
  await visibility.getByLabel('Giới tính').selectOption('public');
  const response = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).nth(1).click();
  expect((await response).status()).toBe(400);
  await expect(page.getByText('Bạn đang chia sẻ rộng hơn trước: vui lòng đánh dấu ô đồng ý.')).toBeVisible();
  await visibility.getByLabel('Giới tính').selectOption('public');
  await page.getByRole('checkbox', { name: /Tôi đồng ý cho những người/ }).check();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).nth(1).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu quyền xem.');
});

test('a photo is checked by its content, not its name', async ({ page }) => {
  test.slow();
  await newAccount(page, { prefix: 'anh' });
  await page.goto('/tai-khoan/ho-so');
  await page.getByLabel('Họ và tên').fill('Lê Văn Ảnh');
  await page.getByLabel('Năm sinh').fill('1999');
  await page.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await page.getByLabel('Chọn ảnh').setInputFiles({
    name: 'anh.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  });
  const response = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
  expect((await response).status()).toBe(400);
  await expect(page.getByText('Chỉ nhận ảnh JPEG, PNG hoặc WebP.')).toBeVisible();
});

test('sign-in answers the same for an unknown email and a wrong password, then rate-limits', async ({
  request,
  baseURL,
}) => {
  test.slow();
  const { email } = await createAccount({ prefix: 'khoa', verified: false });
  const attempt = (address: string) =>
    request.post('/dang-nhap?_action=signIn', {
      headers: { Origin: baseURL! },
      form: { email: address, password: 'sai mật khẩu rồi' },
    });
  const unknown = await attempt(uniqueEmail('khong-co'));
  const wrong = await attempt(email);
  expect(unknown.status()).toBe(400);
  expect(wrong.status()).toBe(400);
  const alert = (html: string) => /role="alert"[^>]*>([^<]*)</.exec(html)?.[1];
  expect(alert(await unknown.text())).toBe('Email hoặc mật khẩu không đúng.');
  expect(alert(await wrong.text())).toBe(alert(await unknown.text()));
  for (let i = 0; i < 4; i++) await attempt(email);
  const limited = await attempt(email);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
});

test('a form posted from another site is refused', async ({ request }) => {
  const response = await request.post('/dang-nhap?_action=signIn', {
    headers: { Origin: 'https://evil.example' },
    form: { email: 'a@example.vn', password: 'whatever long' },
  });
  expect(response.status()).toBe(403);
});

test('a password is reset by a link that works once', async ({ page }) => {
  test.slow();
  const { email } = await createAccount({ prefix: 'quen', verified: false });
  await page.goto('/quen-mat-khau');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Gửi liên kết đặt lại' }).click();
  await expect(page.getByRole('status')).toContainText(email);
  const link = await linkFromMail(page, email);
  await page.goto(link);
  await page.getByLabel('Mật khẩu mới').fill('12345678');
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
  await expect(page.getByText('Mật khẩu này quá phổ biến')).toBeVisible();
  await page.getByLabel('Mật khẩu mới').fill('một mật khẩu mới tinh');
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
  await expect(page.getByRole('status')).toContainText('Đã đặt mật khẩu mới');
  expect((await page.goto(link))?.status()).toBe(400);
  await signIn(page, email, 'một mật khẩu mới tinh');
});

test('a person downloads their data and deletes their account', async ({ page, request }) => {
  test.slow();
  const { email, password } = await newAccount(page, { prefix: 'xoa' });
  await page.goto('/tai-khoan/du-lieu');
  const download = (await (await page.request.get('/tai-khoan/du-lieu/tai-ve')).json()) as {
    account: { email: string };
  };
  expect(download.account.email).toBe(email);
  expect(JSON.stringify(download)).not.toMatch(/argon2|passwordHash|secretHash/);
  expect((await request.get('/tai-khoan/du-lieu/tai-ve')).status()).toBe(401);

  await page.getByRole('checkbox', { name: /Tôi hiểu rằng/ }).check();
  await page.getByLabel('Mật khẩu hiện tại').fill(password);
  await page.getByRole('button', { name: 'Xóa tài khoản vĩnh viễn' }).click();
  await expect(page.getByRole('status')).toContainText('Tài khoản của bạn đã được xóa');
  await page.goto('/dang-nhap');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
});

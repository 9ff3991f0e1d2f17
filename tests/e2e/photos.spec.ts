import sharp from 'sharp';
import { expect, test } from './support/test';
import { newAccount } from './support/people';

test('an oversized photo is refused with a clear message, and so is the 21st upload of the hour', async ({
  page,
  baseURL,
}) => {
  test.slow();
  await newAccount(page, { prefix: 'gioi-han-anh' });
  await page.goto('/tai-khoan/ho-so');
  await page.getByLabel('Họ và tên', { exact: true }).fill('Trần Thị Ảnh');
  await page.getByLabel('Năm sinh').fill('2000');
  await page.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();

  // 6,300 × 6,300 compresses to a small PNG but would cost a second of CPU to decode.
  const huge = await sharp({ create: { width: 6300, height: 6300, channels: 3, background: '#fff' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  await page.getByLabel('Chọn ảnh').setInputFiles({ name: 'lon.png', mimeType: 'image/png', buffer: huge });
  const refused = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
  expect((await refused).status()).toBe(400);
  await expect(page.getByText('tối đa 16 megapixel', { exact: false })).toBeVisible();

  // The refused upload counted: decoding is what the limit protects. 19 more fit in the hour.
  const small = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1562c4' } })
    .jpeg()
    .toBuffer();
  const upload = () =>
    page.request.post('/tai-khoan/ho-so?_action=uploadPhoto', {
      headers: { Origin: baseURL! },
      multipart: { photo: { name: 'anh.jpg', mimeType: 'image/jpeg', buffer: small } },
    });
  for (let i = 0; i < 19; i += 1) expect((await upload()).status()).toBe(200);
  const limited = await upload();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await limited.text()).toMatch(
    /Bạn đã tải ảnh lên quá nhiều lần trong một giờ qua\. Vui lòng thử lại sau \d+ phút\./,
  );
});

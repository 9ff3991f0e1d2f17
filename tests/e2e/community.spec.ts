import { expect, newPage, test } from './support/test';
import { newAccount, signInAsAdmin } from './support/people';
import type { Page } from '@playwright/test';

/** A talent with a confirmed address, signed in, in a context of their own. */
async function talent(browser: Parameters<typeof newPage>[0], prefix: string): Promise<Page> {
  const page = await newPage(browser);
  await newAccount(page, { prefix });
  return page;
}

test('a club from creation to a moderator hiding a reported reply, with mentions and replies notified', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const clubName = `CLB Thử nghiệm ${stamp}`;

  const admin = await newPage(browser);
  await signInAsAdmin(admin);
  await admin.goto('/cau-lac-bo');
  const create = admin.locator('#create-club');
  await create.getByLabel('Tên câu lạc bộ').fill(clubName);
  await create.getByLabel('Lĩnh vực').selectOption({ label: 'Tin học – Lập trình' });
  await create.getByRole('button', { name: 'Lập câu lạc bộ' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(clubName);
  const clubPath = new URL(admin.url()).pathname;
  const forumPath = clubPath.replace('/cau-lac-bo/', '/dien-dan/');

  // The one to be mentioned has a profile, whose address is the mention.
  const mentioned = await talent(browser, 'duoc-nhac');
  await mentioned.goto('/tai-khoan/ho-so');
  await mentioned.getByLabel('Họ và tên').fill(`Lê Nhắc Tên ${stamp}`);
  await mentioned.getByLabel('Năm sinh').fill('2000');
  await mentioned.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn phường Long Xuyên' });
  await mentioned.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(mentioned.getByText('Hồ sơ đang chờ cán bộ Đoàn xác minh')).toBeVisible();
  const mentionSlug = `le-nhac-ten-${stamp}`;
  // Only a reader of the forum hears of a mention in it.
  await mentioned.goto(clubPath);
  await mentioned.getByRole('button', { name: 'Tham gia' }).click();
  await expect(mentioned.getByRole('status')).toHaveText('Bạn đã là thành viên.');

  const author = await talent(browser, 'tac-gia');
  // Not a member yet: the members-only forum stays closed.
  expect((await author.goto(forumPath))?.status()).toBe(403);
  await expect(author.getByText('Diễn đàn này chỉ dành cho thành viên câu lạc bộ.')).toBeVisible();
  await author.goto(clubPath);
  await author.getByRole('button', { name: 'Tham gia' }).click();
  await expect(author.getByRole('status')).toHaveText('Bạn đã là thành viên.');
  await author.goto(forumPath);
  const thread = author.locator('#new-thread');
  await thread.getByLabel('Tiêu đề').fill('Hỏi về cuộc thi lập trình');
  await thread
    .getByLabel('Nội dung')
    .fill(`Chào @${mentionSlug}, bạn có tham gia không? <script>alert(1)</script>`);
  await thread.getByRole('button', { name: 'Đăng chủ đề' }).click();
  await expect(author.getByRole('heading', { level: 1 })).toHaveText('Hỏi về cuộc thi lập trình');
  await expect(author.getByRole('link', { name: `@${mentionSlug}` })).toBeVisible();
  // Shown as text, never run.
  await expect(author.locator('.post-body').first()).toContainText('<script>alert(1)</script>');
  const threadPath = new URL(author.url()).pathname;

  // The mention notifies; the mentioned replies.
  await mentioned.goto('/tai-khoan/thong-bao');
  const notice = mentioned
    .getByRole('listitem')
    .filter({ hasText: 'đã nhắc đến bạn trong chủ đề “Hỏi về cuộc thi lập trình”' });
  await expect(notice).toBeVisible();
  await mentioned.goto(threadPath);
  await mentioned.getByLabel('Nội dung').fill('Mình tham gia! Mua tài liệu giá rẻ ở đây nhé.');
  await mentioned.getByRole('button', { name: 'Gửi trả lời' }).click();
  const reply = mentioned.locator('li.post').filter({ hasText: 'Mua tài liệu giá rẻ' });
  await expect(reply).toBeVisible();

  // The author hears of the reply and reports it.
  await author.goto('/tai-khoan/thong-bao');
  await expect(
    author.getByRole('listitem').filter({ hasText: 'đã trả lời chủ đề “Hỏi về cuộc thi lập trình”' }),
  ).toBeVisible();
  await author.goto(threadPath);
  const reported = author.locator('li.post').filter({ hasText: 'Mua tài liệu giá rẻ' });
  await reported.getByText('Báo cáo', { exact: true }).click();
  await reported.getByLabel('Lý do báo cáo').fill('Quảng cáo');
  await reported.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(author.getByRole('status')).toHaveText('Đã gửi báo cáo đến điều hành viên.');

  // The officers' queue: hide the reported post.
  await admin.goto('/bao-cao-dien-dan');
  const item = admin
    .getByRole('listitem')
    .filter({ hasText: 'Lý do: Quảng cáo' })
    .filter({ hasText: 'Hỏi về cuộc thi lập trình' });
  await item.getByRole('checkbox', { name: 'Chọn báo cáo này' }).check();
  await admin.getByRole('button', { name: 'Ẩn các bài đã chọn' }).click();
  await expect(admin.getByRole('status')).toHaveText('Đã xử lý 1 báo cáo.');

  await author.goto(threadPath);
  await expect(author.getByText('Mua tài liệu giá rẻ')).toHaveCount(0);
  await expect(author.getByText('Bài viết đã bị điều hành viên ẩn.')).toBeVisible();
  // A member is no moderator: no tools to hide or lock.
  await expect(author.getByRole('button', { name: 'Khóa' })).toHaveCount(0);
});

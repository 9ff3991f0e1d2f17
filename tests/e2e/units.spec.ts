import { expect, test } from './support/test';
import { E2E_ADMIN, signIn } from './support/accounts';

test('an admin merges two communes on the units page, finding them by typing without tone marks', async ({
  page,
}) => {
  // Through the form, as the admin `npm run admin:create` made: other tests sign the admin in by a
  // session cookie (support/people.ts).
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/quan-tri/don-vi');
  const merge = page.locator('form#merge');
  // Nothing is chosen for the admin: both pickers start on their prompt.
  await expect(merge.getByLabel('Đơn vị bị sáp nhập')).toHaveValue('');
  await expect(merge.getByLabel('Đơn vị tiếp nhận')).toHaveValue('');

  // The filter narrows the list: "hon nghe" finds "Hòn Nghệ" and leaves out the rest.
  const source = merge.getByLabel('Đơn vị bị sáp nhập');
  await merge.getByLabel('Tìm đơn vị').first().fill('hon nghe');
  await expect(source.locator('option')).toHaveText(['— Chọn đơn vị —', 'Đoàn xã Hòn Nghệ']);
  await source.selectOption({ label: 'Đoàn xã Hòn Nghệ' });
  await merge.getByLabel('Đơn vị tiếp nhận').selectOption({ label: 'Đoàn xã Sơn Hải' });
  await merge.getByLabel('Tôi đã kiểm tra').check();
  await merge.getByRole('button', { name: 'Sáp nhập' }).click();

  await expect(page.getByRole('status')).toContainText('Đã sáp nhập');
  const former = page.getByRole('row', { name: /Đoàn xã Hòn Nghệ/ }).last();
  await expect(former).toContainText('Đoàn xã Sơn Hải');
  // The merged commune is history: no picker offers it any more.
  await expect(page.locator('form#merge option', { hasText: 'Đoàn xã Hòn Nghệ' })).toHaveCount(0);
});

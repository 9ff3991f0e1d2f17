import { expect, test } from './support/test';
import { uniqueEmail } from './support/accounts';
import { newAccount } from './support/people';
import { vi as formText } from '@/lib/i18n/messages/forms';
import { vi as profileText } from '@/lib/i18n/messages/profile';
import { vi as securityText } from '@/lib/i18n/messages/security';
import { vi as signInText } from '@/lib/i18n/messages/sign-in';

test('a refused sign-up keeps the name, email and role, never the password, and focuses the first error', async ({
  page,
}) => {
  await page.goto('/dang-ky');
  await page.getByLabel(signInText['signUp.roleEmployer']).check();
  await page.getByLabel(formText['form.displayName']).fill('Lê Thị Mai');
  const email = uniqueEmail('dang-ky-loi');
  await page.getByLabel(formText['form.email'], { exact: true }).fill(email);
  // Long enough for the browser, refused by the server as one of the most common passwords.
  await page.getByLabel(formText['form.password']).fill('12345678');
  await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
  const answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: signInText['signUp.submit'] }).click();
  expect((await answer).status()).toBe(400);

  await expect(page.getByRole('alert')).toHaveText(formText['form.fixErrors']);
  await expect(page.getByLabel(formText['form.displayName'])).toHaveValue('Lê Thị Mai');
  await expect(page.getByLabel(formText['form.email'], { exact: true })).toHaveValue(email);
  await expect(page.getByLabel(signInText['signUp.roleEmployer'])).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Tôi đồng ý/ })).toBeChecked();
  const password = page.getByLabel(formText['form.password']);
  await expect(password).toHaveValue('');
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(new RegExp(securityText['password.common']));
});

test('a profile save answers where the person is, and a refused one keeps what was typed', async ({
  page,
}) => {
  test.slow();
  await newAccount(page, { prefix: 'luu-ho-so' });
  await page.goto('/tai-khoan/ho-so');
  await page.getByLabel(profileText['profile.fullName'], { exact: true }).fill('Phạm Văn Lưu');
  await page.getByLabel(profileText['profile.birthYear']).fill('2000');
  // A required choice starts empty: nothing is chosen for the person.
  await page.getByLabel(profileText['profile.unit']).selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: profileText['profile.createSubmit'] }).click();

  // The achievements form is the lowest on the page: its answer must not open 4,000 px above it.
  await page.getByLabel(profileText['achievement.title']).fill('Giải Nhất Tin học trẻ');
  await page.getByLabel(profileText['achievement.awardName']).fill('Hội thi Tin học trẻ tỉnh An Giang');
  await page.getByLabel(profileText['achievement.year'], { exact: true }).fill('2024');
  await page.getByRole('button', { name: profileText['profile.addAchievement'] }).click();
  const added = page.getByRole('status');
  await expect(added).toHaveText(profileText['profile.achievementAdded']);
  await expect(added).toBeInViewport();
  await expect(added).toBeFocused();

  const bio = page.getByLabel(profileText['profile.shortBio']);
  await bio.fill('Lập trình viên trẻ ở Long Xuyên.');
  const sixLinks = Array.from({ length: 6 }, (_, i) => `Trang ${i} | https://example.vn/${i}`);
  await page.getByLabel(profileText['profile.links']).fill(sixLinks.join('\n'));
  const refused = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: profileText['profile.save'] }).first().click();
  expect((await refused).status()).toBe(400);
  await expect(bio).toHaveValue('Lập trình viên trẻ ở Long Xuyên.');
  const links = page.getByLabel(profileText['profile.links']);
  await expect(links).toHaveValue(sixLinks.join('\n'));
  await expect(links).toBeFocused();
  await expect(links).toBeInViewport();

  await links.fill(sixLinks.slice(0, 2).join('\n'));
  await page.getByRole('button', { name: profileText['profile.save'] }).first().click();
  const saved = page.getByRole('status');
  await expect(saved).toHaveText(formText['form.saved']);
  await expect(saved).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('#profile-details');
});

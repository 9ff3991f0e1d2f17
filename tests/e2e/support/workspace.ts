import type { Page } from '@playwright/test';
import { vi as text } from '@/lib/i18n/messages/decisions';
import { expect } from './test';

/**
 * In an officers' queue (its Vietnamese path segment), searches for `search`, opens the review of
 * the item whose row shows `match`, and decides with the button `decision`, writing `reason` first.
 */
export async function decideInQueue(
  page: Page,
  queue: 'nhan-quan-ly-ho-so' | 'ho-so' | 'thanh-tich' | 'nha-tuyen-dung',
  search: string,
  match: string,
  decision: string,
  reason?: string,
): Promise<void> {
  await page.goto(`/quan-tri/${queue}?q=${encodeURIComponent(search)}`);
  await page.getByRole('listitem').filter({ hasText: match }).getByRole('heading').getByRole('link').click();
  if (reason) await page.getByLabel(text['review.reason']).fill(reason);
  await page.getByRole('button', { name: decision, exact: true }).click();
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(page.getByText(text['review.notWaiting'])).toBeVisible();
}

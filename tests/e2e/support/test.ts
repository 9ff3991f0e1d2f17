import { test as base, type Browser, type Page } from '@playwright/test';

/**
 * Every test acts from its own client address, as people do, so the per-IP rate limits of one test
 * never reach another: the server trusts X-Forwarded-For for its own host, as behind a proxy.
 */
export function randomClientIp(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({ 'X-Forwarded-For': randomClientIp() });
    await use(context);
  },
});

/** A page in a fresh browser context (other cookies, other address): a second person or device. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomClientIp() } });
  return context.newPage();
}

export { expect } from '@playwright/test';

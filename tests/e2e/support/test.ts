import { test as base, type Browser, type Page } from '@playwright/test';
import { startClientProxy } from './client-proxy';

/**
 * Every test acts from its own client address, as people do, so the per-IP rate limits of one test
 * never reach another: its browser and API requests reach the site through a proxy that connects
 * from an address of its own on the loopback network (see `startClientProxy`). No header claims an
 * address: the server believes only the socket.
 */
export const test = base.extend({
  // Playwright reads a fixture's dependencies from its destructured first parameter; this one has none.
  // eslint-disable-next-line no-empty-pattern
  proxy: async ({}, use) => {
    const client = await startClientProxy();
    await use({ server: client.server });
    await client.close();
  },
});

/** A page in a fresh browser context (other cookies, other address): a second person or device. */
export async function newPage(browser: Browser): Promise<Page> {
  const client = await startClientProxy();
  const context = await browser.newContext({ proxy: { server: client.server } });
  context.on('close', () => void client.close());
  return context.newPage();
}

export { expect } from '@playwright/test';

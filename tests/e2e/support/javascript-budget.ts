import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/**
 * Public pages are read on phones over slow, metered connections: each ships at most 20 KB of
 * JavaScript compressed, the directory (whose live search is JavaScript) at most 30 KB. The size is
 * gzip's, computed here from the decoded bodies, so it does not depend on whether the server
 * compresses (brotli, when a proxy uses it, only makes the real figure smaller).
 */
const KB = 1024;
export const budgetOf = (path: string) =>
  (path.startsWith('/tim-kiem') || path.startsWith('/en/search') ? 30 : 20) * KB;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;

/**
 * Starts counting the scripts `page` runs: call it before loading the page. `compressedBytes()`
 * then stops and answers the compressed bytes of every script file loaded so far and of every
 * script written inline in the page as it stands.
 */
export function watchScripts(page: Page) {
  const files: Promise<number>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script') files.push(response.body().then(gzipped));
  };
  page.on('response', onResponse);
  return {
    async compressedBytes(): Promise<number> {
      page.off('response', onResponse);
      // JSON-LD and other data blocks are not code; everything else inline is.
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((scripts) =>
          scripts
            .filter((s) => !s.getAttribute('type') || /module|javascript/.test(s.getAttribute('type')!))
            .map((s) => s.textContent ?? ''),
        );
      return (
        (await Promise.all(files)).reduce((a, b) => a + b, 0) +
        inline.map((s) => gzipped(s)).reduce((a, b) => a + b, 0)
      );
    },
  };
}

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** A common phone's width in CSS pixels (iPhone 12 to 16): every page must fit it. */
export const PHONE_WIDTH = 390;
export const SCREEN_WIDTH = 1280;

/**
 * What spills sideways on the page now: the document's width, and the elements that clip or
 * scroll their own content sideways (a nav that scrolls hides its last link just as well).
 */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    // A text field scrolls a value longer than itself by design (a long email typed on a phone).
    const fields = 'input, textarea, select';
    const clipped = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
      if (el.matches(fields)) return false;
      const style = getComputedStyle(el);
      // `.visually-hidden` clips on purpose; a 1-pixel box is never content that someone misses.
      if (style.overflowX === 'visible' || el.clientWidth <= 1) return false;
      return el.scrollWidth > el.clientWidth + 1;
    });
    return {
      width: document.documentElement.scrollWidth,
      clipped: clipped.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    };
  });
}

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Checks the page open in `page` at a screen's and a phone's width without loading it again: axe
 * finds nothing at either width, every image has its size, and at the phone's width nothing is
 * wider than the screen or cut off. Closed `<details>` are opened first so that what they hold (the directory's filters) is
 * checked too. Failures are soft, so one run lists every page that fails.
 */
export async function checkAtBothWidths(page: Page, label: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // An image without its size moves the text under it when it arrives (layout shift).
  const unsized = await page
    .locator('img:not([width][height])')
    .evaluateAll((images) => images.map((img) => (img as HTMLImageElement).src));
  expect.soft(unsized, `${label}: images without width and height`).toEqual([]);
  for (const width of [SCREEN_WIDTH, PHONE_WIDTH]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === PHONE_WIDTH) {
      const overflow = await sidewaysOverflow(page);
      expect.soft(overflow.width, `${label}: page width at ${width} px`).toBeLessThanOrEqual(width);
      expect.soft(overflow.clipped, `${label}: content cut off at ${width} px`).toEqual([]);
    }
    // Legacy mode runs axe in the page itself instead of opening a blank page per run: one page
    // per context is all these tests need, and it halves the time a run takes.
    const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
    expect.soft(describeViolations(results), `${label}: axe at ${width} px`).toEqual([]);
  }
}

/** Opens `path` and checks it with {@link checkAtBothWidths}; `status` is the answer it must get. */
export async function openAndCheck(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path}: status`).toBe(status);
  await checkAtBothWidths(page, path);
}

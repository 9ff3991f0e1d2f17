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

/** axe rules whose answer depends on where and how large things are drawn, not on the document. */
const LAYOUT_RULES = ['color-contrast', 'target-size', 'scrollable-region-focusable', 'link-in-text-block'];

/** Every element that takes space on the page now, by its place in the document. */
function shownElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')].map((el, i) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' ? `${i}` : '',
    ),
  );
}

const sameElements = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Checks the page open in `page` at a phone's and a screen's width without loading it again: axe
 * finds nothing at either width (at the screen's, only its layout rules when the same elements
 * show at both), every image has its size, and at the phone's width nothing is
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
  let shownOnPhone: string[] = [];
  for (const width of [PHONE_WIDTH, SCREEN_WIDTH]) {
    await page.setViewportSize({ width, height: 900 });
    // Legacy mode runs axe in the page itself instead of opening a blank page per run: one page
    // per context is all these tests need, and it halves the time a run takes.
    const axe = new AxeBuilder({ page }).setLegacyMode(true);
    if (width === PHONE_WIDTH) {
      const overflow = await sidewaysOverflow(page);
      expect.soft(overflow.width, `${label}: page width at ${width} px`).toBeLessThanOrEqual(width);
      expect.soft(overflow.clipped, `${label}: content cut off at ${width} px`).toEqual([]);
      shownOnPhone = await shownElements(page);
    } else if (sameElements(shownOnPhone, await shownElements(page))) {
      // The same elements show at both widths (no style hides one at either), so every rule that
      // reads the document alone answered already; only the rules that read the layout run again.
      axe.withRules(LAYOUT_RULES);
    }
    const results = await axe.analyze();
    expect.soft(describeViolations(results), `${label}: axe at ${width} px`).toEqual([]);
  }
}

/** Opens `path` and checks it with {@link checkAtBothWidths}; `status` is the answer it must get. */
export async function openAndCheck(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path}: status`).toBe(status);
  await checkAtBothWidths(page, path);
}

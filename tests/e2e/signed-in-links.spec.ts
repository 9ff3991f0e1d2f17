import type { Browser, Page } from '@playwright/test';
import { expect, newPage, test } from './support/test';
import { newAccount, newOfficer, signInAsAdmin } from './support/people';

/*
 * Every link of every signed-in page, for each role and in both languages, leads somewhere: the
 * English "My data" link and the language switch of /tai-khoan/du-lieu once led to a 404.
 */

/** Pages only a signed-in person sees: the walk follows links into them and checks every other link. */
const SIGNED_IN = /^\/(tai-khoan|quan-tri|en\/account|en\/workspace)(\/|$)/;

/** Links of one shape (ids replaced) requested at most, besides the one page of it opened. */
const PER_SHAPE = 3;

interface Link {
  path: string;
  /** A file to save (`download`): requested, never opened as a page. */
  download: boolean;
}

/** The links of an HTML page that `url` answered: each anchor's address and whether it downloads. */
function linksOf(html: string, url: string): { url: URL; download: boolean }[] {
  return [...html.matchAll(/<a\s[^>]*>/g)].flatMap(([anchor]) => {
    const href = /\shref="([^"]*)"/.exec(anchor)?.[1];
    if (href === undefined) return [];
    const address = href.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
    return [{ url: new URL(address, url), download: /\sdownload(?=[\s=>])/.test(anchor) }];
  });
}

/** Walks the signed-in pages reachable from `starts` and returns every link that answers 404. */
async function brokenLinks(page: Page, starts: string[]): Promise<string[]> {
  const origin = new URL(process.env.E2E_BASE_URL!).origin;
  const queue = [...starts];
  const seen = new Set(queue);
  // One page of each shape is opened and its links followed (a queue's second page or another
  // item's review page links to what the first did); every other link is still requested.
  const shapeOf = (path: string) => path.replace(/\?.*$/, '').replace(/\/\d+(?=\/|$)/g, '/:id');
  const opened = new Set(queue.map(shapeOf));
  // Of the other links, a few of each shape are requested: a list of 50 records links 50 pages of
  // one shape, and each answer costs a render.
  const requested = new Map<string, number>();
  const checked = new Map<string, number>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    // Read as HTML, not rendered in the browser: the walk needs the page's links, not its look
    // (every page kind is drawn and checked in accessibility.spec.ts), and a render cost seconds.
    const response = await page.request.get(path);
    checked.set(path, response.status());
    const links = linksOf(await response.text(), response.url());
    for (const { url, download } of links) {
      if (url.origin !== origin) continue;
      const link: Link = { path: `${url.pathname}${url.search}`, download };
      if (seen.has(link.path)) continue;
      seen.add(link.path);
      const shape = shapeOf(link.path);
      if (SIGNED_IN.test(url.pathname) && !link.download && !opened.has(shape)) {
        opened.add(shape);
        queue.push(link.path);
      } else if ((requested.get(shape) ?? 0) < PER_SHAPE) {
        requested.set(shape, (requested.get(shape) ?? 0) + 1);
        checked.set(link.path, (await page.request.get(link.path)).status());
      }
    }
  }
  expect(checked.size).toBeGreaterThan(20);
  return [...checked]
    .filter(([, status]) => status === 404)
    .map(([path]) => `${path} (from ${starts.join(', ')})`);
}

const starts = ['/tai-khoan', '/en/account'];

/** A new account of `role` with a confirmed email, signed in on a page of its own. */
async function accountPage(browser: Browser, role: 'talent' | 'employer'): Promise<Page> {
  const page = await newPage(browser);
  await newAccount(page, { role, prefix: `lien-ket-${role}` });
  return page;
}

test('no link of a talent’s pages is a 404, in either language', async ({ browser }) => {
  test.slow();
  const page = await accountPage(browser, 'talent');
  // With a profile, the profile page links to its public page too.
  await page.goto('/tai-khoan/ho-so');
  await page.getByLabel('Họ và tên', { exact: true }).fill('Đặng Văn Liên Kết');
  await page.getByLabel('Năm sinh').fill('2001');
  await page.getByLabel('Đơn vị (địa bàn)').selectOption({ label: 'Đoàn phường Long Xuyên' });
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  expect(await brokenLinks(page, starts)).toEqual([]);
});

test('no link of an employer’s pages is a 404, in either language', async ({ browser }) => {
  test.slow();
  const page = await accountPage(browser, 'employer');
  expect(await brokenLinks(page, starts)).toEqual([]);
});

// An officer's walk and an admin's are tests of their own, so the two workers walk them at once.
test('no link of an officer’s pages is a 404, in either language', async ({ browser }) => {
  test.setTimeout(180_000);
  // The appointment through the workspace is tested in workspace.spec.ts.
  const officer = await newPage(browser);
  await newOfficer(officer, 'Đoàn xã Chợ Mới');
  expect(await brokenLinks(officer, [...starts, '/quan-tri', '/en/workspace'])).toEqual([]);
});

test('no link of an admin’s pages is a 404, in either language', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await newPage(browser);
  await signInAsAdmin(admin);
  expect(await brokenLinks(admin, [...starts, '/quan-tri', '/en/workspace'])).toEqual([]);
});

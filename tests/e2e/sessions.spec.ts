import { uniqueEmail } from './support/accounts';
import { randomLoopbackAddress } from './support/client-proxy';
import { getAnswer, postForm } from './support/raw-http';
import { expectSecurityHeaders } from './support/security-headers';
import { expect, test } from './support/test';

/**
 * Sessions and headers over HTTP against the production server, as an attacker's own client
 * would send them: raw requests with exactly the cookies the test chooses, no browser.
 */
const site = () => ({ url: process.env.E2E_BASE_URL! });
const PASSWORD = 'mùa nước nổi về trên đồng';
const COOKIE = 'tntag_session';

/** The value a Set-Cookie header gives the session cookie, '' when it deletes it, null when absent. */
function sessionSet(setCookies: string[]): string | null {
  const header = setCookies.find((cookie) => cookie.startsWith(`${COOKIE}=`));
  if (!header) return null;
  const value = header.slice(COOKIE.length + 1).split(';')[0]!;
  return /max-age=0|expires=thu, 01 jan 1970/i.test(header) ? '' : value;
}

async function signUp(email: string) {
  const answer = await postForm(site(), '/_actions/signUp', {
    displayName: 'Người Thử Phiên',
    email,
    password: PASSWORD,
    role: 'talent',
    consent: 'yes',
  });
  expect(answer.status).toBe(200);
}

/** Signs in with `planted` sent as the session cookie; returns the session token the server set. */
async function signIn(email: string, planted?: string) {
  const answer = await postForm(
    site(),
    '/_actions/signIn',
    { email, password: PASSWORD },
    { cookie: planted ? `${COOKIE}=${planted}` : undefined },
  );
  expect(answer.status).toBe(200);
  const token = sessionSet(answer.setCookies);
  expect(token).toBeTruthy();
  return token!;
}

/** Whose account page a token opens: the email shown, or null when it leads to sign-in. */
async function accountOf(token: string): Promise<string | null> {
  const answer = await getAnswer(site(), '/tai-khoan', { cookie: `${COOKIE}=${token}` });
  if (answer.status === 303) {
    expect(answer.location).toBe('/dang-nhap');
    return null;
  }
  expect(answer.status).toBe(200);
  return /[\w.-]+@example\.vn/.exec(answer.body)?.[0] ?? '';
}

test('a token planted before sign-in is never the session after it (fixation)', async () => {
  test.slow();
  const victim = uniqueEmail('nan-nhan');
  const attacker = uniqueEmail('ke-gian');
  await signUp(victim);
  await signUp(attacker);
  const attackers = await signIn(attacker);
  // The attacker's own valid token, or one made up, planted in the victim's browser.
  for (const planted of [attackers, 'abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567']) {
    const victims = await signIn(victim, planted);
    expect(victims).not.toBe(planted);
    expect(await accountOf(victims)).toBe(victim);
  }
  expect(await accountOf(attackers)).toBe(attacker);
});

test('a token copied before sign-out is refused after it', async () => {
  test.slow();
  const email = uniqueEmail('dang-xuat');
  await signUp(email);
  const token = await signIn(email);
  expect(await accountOf(token)).toBe(email);

  const signedOut = await postForm(site(), '/_actions/signOut', {}, { cookie: `${COOKIE}=${token}` });
  expect(signedOut.status).toBe(200);
  expect(sessionSet(signedOut.setCookies)).toBe('');

  // Replayed by whoever copied it: no page, no action.
  expect(await accountOf(token)).toBeNull();
  const replayed = await getAnswer(site(), '/tai-khoan', { cookie: `${COOKIE}=${token}` });
  expect(sessionSet(replayed.setCookies)).toBe('');
  const action = await postForm(
    site(),
    '/_actions/joinClub',
    { clubId: '1' },
    { cookie: `${COOKIE}=${token}` },
  );
  expect(action.status).toBe(403);
});

test('sign-in attempts on one account share one limit however the address is typed', async () => {
  test.slow();
  const email = uniqueEmail('gioi-han');
  await signUp(email);
  const from = randomLoopbackAddress();
  const variants = [email, email.toUpperCase(), email.replace(/^./, (c) => c.toUpperCase())];
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const answer = await postForm(
      site(),
      '/_actions/signIn',
      { email: variants[i % variants.length]!, password: 'không phải mật khẩu' },
      { localAddress: from },
    );
    statuses.push(answer.status);
  }
  // Five wrong passwords per account and address, then a wait, whatever the case.
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
});

test('every kind of answer carries the security headers', async () => {
  const home = await getAnswer(site(), '/');
  const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(home.body)?.[1];
  const news = await getAnswer(site(), '/tin-tuc');
  const article = /href="(\/tin-tuc\/[a-z0-9-]+)"/.exec(news.body)?.[1];
  expect(stylesheet && article).toBeTruthy();
  const answers = {
    'a page': home,
    'an English page': await getAnswer(site(), '/en'),
    'a prerendered page': await getAnswer(site(), article!),
    'a 404 page': await getAnswer(site(), '/khong-co-trang-nay'),
    'a stylesheet': await getAnswer(site(), stylesheet!),
    'an SVG file': await getAnswer(site(), '/favicon.svg'),
    'a feed': await getAnswer(site(), '/tin-tuc/rss.xml'),
    'robots.txt': await getAnswer(site(), '/robots.txt'),
    'the search API': await getAnswer(site(), '/api/search?q=tin+hoc'),
    'a redirect': await getAnswer(site(), '/tai-khoan'),
    'the health check': await getAnswer(site(), '/healthz'),
    'the liveness check': await getAnswer(site(), '/livez'),
    'an action refused': await postForm(site(), '/_actions/joinClub', { clubId: '1' }),
    'a form shown again': await postForm(site(), '/dang-nhap?_action=signIn', { email: 'x', password: '' }),
  };
  expect(answers['a redirect'].status).toBe(303);
  expect(answers['a 404 page'].status).toBe(404);
  expect(answers['a prerendered page'].headers['content-type']).toMatch(/^text\/html/);
  for (const [what, answer] of Object.entries(answers)) {
    expect(answer.status, what).toBeLessThan(500);
    expectSecurityHeaders(what, answer.headers, answer.body);
  }
});

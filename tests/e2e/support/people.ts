import { eq } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { type Database, openDatabase } from '@db/client';
import { units, type User, users } from '@db/schema';
import { signUp } from '@/lib/server/auth/accounts';
import { verifyEmail } from '@/lib/server/auth/recovery';
import { createSession, sessionCookieName } from '@/lib/server/auth/sessions';
import { appointOfficer } from '@/lib/server/officers/appointments';
import { actorOf } from '../../support/actors';
import { E2E_ADMIN, uniqueEmail } from './accounts';
import { randomLoopbackAddress } from './client-proxy';

/**
 * People for browser tests whose point is not signing up or in: each is made by the app's own
 * library functions in the e2e server's database (the global setup shares its address), and signed
 * in by a session cookie put in the page's browser context, as signing in would. A run saves the
 * sign-up form, the mail, the verification page, the sign-in form and two password hashes per person.
 * The journeys through those forms stay tested where they are the point (accounts, sessions,
 * new-user, legal, security).
 *
 *   const talent = await newAccount(page);                       // a talent with a confirmed email
 *   const stranger = await createAccount({ verified: false });   // made, but signed in nowhere
 *   const employer = await newAccount(page, { role: 'employer', prefix: 'doanh-nghiep' });
 *   const officer = await newOfficer(page, 'Đoàn xã Chợ Mới');   // appointed by the e2e admin
 *   await signInAsAdmin(page);
 *   await signInAs(page, talent.email);                          // again, after its sessions ended
 *
 * Every account has the password {@link PASSWORD}, so a test can still sign in through the form.
 */

/** The password of every account made here. */
export const PASSWORD = 'phù sa bồi đắp đồng bằng';

export interface Account {
  id: number;
  email: string;
  displayName: string;
  password: string;
}

let database: Database | undefined;

/** The e2e server's database, opened once per worker. */
function e2eDatabase(): Database {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is set by the e2e global setup');
  database ??= openDatabase(url);
  return database;
}

/** The time on the e2e server's clock, which started at `E2E_NOW` (see the global setup). */
function serverNow(): Date {
  return new Date(Date.now() + Number(process.env.E2E_CLOCK_OFFSET_MS ?? 0));
}

async function userByEmail(email: string): Promise<User> {
  const [user] = await e2eDatabase().select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No account ${email} in the e2e database`);
  return user;
}

/** Signs `page`'s browser context in as the account at `email`, with a new session. */
export async function signInAs(page: Page, email: string): Promise<void> {
  const user = await userByEmail(email);
  const now = serverNow();
  const { token, expiresAt } = await createSession(e2eDatabase(), user, 'e2e', now);
  await page.context().addCookies([
    {
      name: sessionCookieName(),
      value: token,
      url: process.env.E2E_BASE_URL!,
      httpOnly: true,
      sameSite: 'Lax',
      expires: Math.floor((Date.now() + expiresAt.getTime() - now.getTime()) / 1000),
    },
  ]);
}

/** Signs `page`'s browser context in as the admin the global setup created. */
export function signInAsAdmin(page: Page): Promise<void> {
  return signInAs(page, E2E_ADMIN.email);
}

export interface NewAccountOptions {
  role?: 'talent' | 'employer';
  /** The start of the generated email address, to tell the test's accounts apart in the outbox. */
  prefix?: string;
  displayName?: string;
  /** Whether the email is confirmed (by its verification link); true unless said otherwise. */
  verified?: boolean;
}

/**
 * A new account made as the sign-up form makes one (consent recorded, verification mail queued),
 * its email confirmed by that mail's link unless `verified` is false, and signed in on `page`.
 */
export async function newAccount(page: Page, options: NewAccountOptions = {}): Promise<Account> {
  const account = await createAccount(options);
  await signInAs(page, account.email);
  return account;
}

/** A new account as {@link newAccount} makes one, signed in nowhere (for a test of signing in). */
export async function createAccount(options: NewAccountOptions = {}): Promise<Account> {
  const db = e2eDatabase();
  const email = uniqueEmail(options.prefix ?? 'nguoi');
  const displayName = options.displayName ?? 'Người Thử Nghiệm';
  const ip = randomLoopbackAddress();
  let token = '';
  await signUp(
    db,
    { email, password: PASSWORD, displayName, role: options.role ?? 'talent', lang: 'vi', ip },
    // The mail carries the link the site would send (src/routes.ts; it imports astro:i18n, which only
    // Astro resolves); the account is confirmed here with its token.
    (_kind, value) => {
      token = value;
      return `${process.env.E2E_BASE_URL}/xac-minh-email?token=${encodeURIComponent(value)}`;
    },
  );
  if (options.verified ?? true) {
    if (!(await verifyEmail(db, token, ip))) throw new Error(`The verification link of ${email} failed`);
  }
  return { id: (await userByEmail(email)).id, email, displayName, password: PASSWORD };
}

/**
 * A new account appointed officer of the unit named `unitName` by the e2e admin, and signed in on
 * `page` as an officer.
 */
export async function newOfficer(page: Page, unitName: string): Promise<Account> {
  const db = e2eDatabase();
  const account = await createAccount({ prefix: 'can-bo' });
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.name, unitName));
  if (!unit) throw new Error(`No unit named ${unitName}`);
  await appointOfficer(db, actorOf(await userByEmail(E2E_ADMIN.email)), {
    email: account.email,
    unitId: unit.id,
  });
  await signInAs(page, account.email);
  return account;
}

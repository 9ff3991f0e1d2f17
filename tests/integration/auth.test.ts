import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, oneTimeTokens, sessions, users } from '@db/schema';
import { signIn, signUp, type LinkBuilder } from '@/lib/server/auth/accounts';
import { consumeOneTimeToken, createOneTimeToken } from '@/lib/server/auth/one-time';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/server/auth/passwords';
import {
  changePassword,
  confirmEmailChange,
  disableAccount,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
} from '@/lib/server/auth/recovery';
import { createSession, signOutEverywhere, validateSessionToken } from '@/lib/server/auth/sessions';
import { InvalidInputError, RateLimitedError } from '@/lib/server/errors';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { createTestDatabase, type TestDatabase } from '../support/database';

const links: LinkBuilder = (kind, token) => `http://test/${kind}?token=${token}`;
const MINUTE = 60_000;
let database: TestDatabase;
let ip = 0;
/** A fresh client address per test, so rate limits of one test do not reach another. */
const nextIp = () => `10.0.0.${++ip}`;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

async function makeUser(
  email: string,
  role: 'talent' | 'officer' = 'talent',
  password = 'một câu mật khẩu dài',
) {
  const [user] = await database.db
    .insert(users)
    .values({
      email,
      displayName: 'Người Thử',
      role,
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
    })
    .returning();
  return user!;
}

const lastLink = async (to: string) => {
  const mail = await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
  return /token=([a-z2-7.]+)/.exec(mail.at(-1)?.text ?? '')?.[1] ?? '';
};

describe('passwords', () => {
  it('reject short, overlong and common passwords, with no composition rules', () => {
    expect(passwordProblem('short')).toBe('too-short');
    expect(passwordProblem('x'.repeat(129))).toBe('too-long');
    expect(passwordProblem('password123')).toBe('common');
    expect(passwordProblem('matkhau123')).toBe('common');
    expect(passwordProblem('tuan@example.vn', 'tuan@example.vn')).toBe('common');
    expect(passwordProblem('mưa rơi trên sông hậu')).toBeNull();
  });

  it('reject blank passwords and the site’s own words with the year, folded for diacritics', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    expect(passwordProblem(' '.repeat(12), undefined, now)).toBe('blank');
    expect(passwordProblem('\t\n  \u00a0  \t', undefined, now)).toBe('blank');
    for (const password of [
      'tài năng trẻ',
      'Tài Năng Trẻ 2026',
      'tainangtre2026',
      'TAI NANG TRE AN GIANG',
      'an giang 2026',
      'An-Giang-2025!',
      'Mạng lưới Tài năng trẻ An Giang',
      'tntag2026',
      'Tỉnh Đoàn An Giang',
    ]) {
      expect(passwordProblem(password, undefined, now), password).toBe('common');
    }
    expect(passwordProblem('an giang mùa nước nổi', undefined, now)).toBeNull();
    expect(passwordProblem('tài năng trẻ của sông Hậu', undefined, now)).toBeNull();
  });

  it('are hashed with argon2id and verified', async () => {
    const hash = await hashPassword('mưa rơi trên sông hậu');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'mưa rơi trên sông hậu')).toBe(true);
    expect(await verifyPassword(hash, 'mưa rơi trên sông hau')).toBe(false);
  });
});

describe('sessions', () => {
  it('store only a hash of the token and reject a tampered secret', async () => {
    const user = await makeUser('session@example.vn');
    const { token } = await createSession(database.db, user, 'test');
    const [row] = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(JSON.stringify(row)).not.toContain(token.split('.')[1]);
    expect((await validateSessionToken(database.db, token))?.actor.email).toBe('session@example.vn');
    const tampered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
    expect(await validateSessionToken(database.db, tampered)).toBeNull();
    expect(await validateSessionToken(database.db, 'not a token')).toBeNull();
  });

  it('end after inactivity, sooner for officers, and at their absolute end', async () => {
    const talent = await makeUser('idle-talent@example.vn');
    const officer = await makeUser('idle-officer@example.vn', 'officer');
    const start = new Date('2026-11-25T08:00:00Z');
    const t1 = await createSession(database.db, talent, 'test', start);
    const o1 = await createSession(database.db, officer, 'test', start);
    const later = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
    expect(await validateSessionToken(database.db, o1.token, later(29))).not.toBeNull();
    expect(await validateSessionToken(database.db, o1.token, later(29 + 31))).toBeNull();
    expect(await validateSessionToken(database.db, t1.token, later(60 * 24))).not.toBeNull();
    expect(await validateSessionToken(database.db, t1.token, later(60 * 24 * 31))).toBeNull();
  });

  it('all end when the account is disabled or its password changes', async () => {
    const user = await makeUser('ending@example.vn');
    const a = await createSession(database.db, user, 'phone');
    const b = await createSession(database.db, user, 'laptop');
    const actor = (await validateSessionToken(database.db, a.token))!.actor;
    const fresh = await changePassword(database.db, actor, {
      current: 'một câu mật khẩu dài',
      next: 'một câu mật khẩu mới',
      userAgent: 'phone',
    });
    expect(await validateSessionToken(database.db, a.token)).toBeNull();
    expect(await validateSessionToken(database.db, b.token)).toBeNull();
    expect(await validateSessionToken(database.db, fresh.token)).not.toBeNull();
    await disableAccount(database.db, user.id);
    expect(await validateSessionToken(database.db, fresh.token)).toBeNull();
    expect(
      await signIn(database.db, {
        email: user.email,
        password: 'một câu mật khẩu mới',
        ip: nextIp(),
        userAgent: '',
      }),
    ).toBeNull();
  });
});

describe('one-time links', () => {
  it('work once, for their purpose, until they expire', async () => {
    const user = await makeUser('links@example.vn');
    const now = new Date('2026-11-25T08:00:00Z');
    const token = await createOneTimeToken(database.db, user.id, 'reset-password', null, now);
    const [stored] = await database.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id));
    expect(JSON.stringify(stored)).not.toContain(token.split('.')[1]);
    expect(await consumeOneTimeToken(database.db, token, 'verify-email', now)).toBeNull();
    expect(
      await consumeOneTimeToken(database.db, token, 'reset-password', new Date(now.getTime() + 61 * MINUTE)),
    ).toBeNull();
    expect(
      await consumeOneTimeToken(database.db, token, 'reset-password', new Date(now.getTime() + 59 * MINUTE)),
    ).not.toBeNull();
    expect(
      await consumeOneTimeToken(database.db, token, 'reset-password', new Date(now.getTime() + 59 * MINUTE)),
    ).toBeNull();
  });

  it('replace an earlier unused link of the same purpose', async () => {
    const user = await makeUser('replace@example.vn');
    const first = await createOneTimeToken(database.db, user.id, 'verify-email');
    const second = await createOneTimeToken(database.db, user.id, 'verify-email');
    expect(await consumeOneTimeToken(database.db, first, 'verify-email')).toBeNull();
    expect(await consumeOneTimeToken(database.db, second, 'verify-email')).not.toBeNull();
  });
});

describe('rate limits', () => {
  it('count per key in fixed windows and say when to retry', async () => {
    const limit = { limit: 3, windowSeconds: 60 };
    const t0 = Date.parse('2026-11-25T08:00:00Z');
    for (let i = 0; i < 3; i++) await consumeRateLimit(database.db, 'test:key', limit, t0 + i * 1000);
    const error = await consumeRateLimit(database.db, 'test:key', limit, t0 + 10_000).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(50);
    await consumeRateLimit(database.db, 'other:key', limit, t0 + 10_000);
    await consumeRateLimit(database.db, 'test:key', limit, t0 + 61_000);
  });

  it('stop repeated sign-in attempts on one account from one address', async () => {
    await makeUser('target@example.vn');
    const ipAddress = nextIp();
    const attempt = () =>
      signIn(database.db, {
        email: 'target@example.vn',
        password: 'wrong wrong',
        ip: ipAddress,
        userAgent: '',
      });
    for (let i = 0; i < 5; i++) expect(await attempt()).toBeNull();
    await expect(attempt()).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe('taking an account back', () => {
  /** A user with a pending change of address to `attacker`, as someone holding the password could ask. */
  async function withPendingEmailChange(email: string, attacker: string) {
    const user = await makeUser(email);
    const token = await createOneTimeToken(database.db, user.id, 'change-email', attacker);
    const verify = await createOneTimeToken(database.db, user.id, 'verify-email');
    return { user, token, verify };
  }

  async function expectLinksDead(user: { id: number; email: string }, token: string, verify: string) {
    expect(await confirmEmailChange(database.db, token, 'vi')).toBe(false);
    expect(await verifyEmail(database.db, verify, nextIp())).toBe(false);
    const [after] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(after!.email).toBe(user.email);
  }

  it('a password reset deletes every unused link, a pending change of address included', async () => {
    const { user, token, verify } = await withPendingEmailChange(
      'reset-back@example.vn',
      'ke-gian-1@example.vn',
    );
    await requestPasswordReset(database.db, { email: user.email, ip: nextIp(), lang: 'vi' }, links);
    await resetPassword(database.db, {
      token: await lastLink(user.email),
      password: 'lấy lại tài khoản của tôi',
      ip: nextIp(),
    });
    await expectLinksDead(user, token, verify);
  });

  it('a password change deletes every unused link', async () => {
    const { user, token, verify } = await withPendingEmailChange(
      'change-back@example.vn',
      'ke-gian-2@example.vn',
    );
    const { token: session } = await createSession(database.db, user, 'test');
    const actor = (await validateSessionToken(database.db, session))!.actor;
    await changePassword(database.db, actor, {
      current: 'một câu mật khẩu dài',
      next: 'đổi sang câu mật khẩu khác',
      userAgent: 'test',
    });
    await expectLinksDead(user, token, verify);
  });

  it('signing out everywhere ends every session and deletes every unused link', async () => {
    const { user, token, verify } = await withPendingEmailChange(
      'out-back@example.vn',
      'ke-gian-3@example.vn',
    );
    const { token: session } = await createSession(database.db, user, 'test');
    await signOutEverywhere(database.db, user.id);
    expect(await validateSessionToken(database.db, session)).toBeNull();
    await expectLinksDead(user, token, verify);
  });
});

describe('signing up and recovering an account', () => {
  it('never reveals whether an address has an account', async () => {
    await makeUser('taken@example.vn');
    const ipAddress = nextIp();
    await signUp(
      database.db,
      {
        email: 'Taken@Example.vn',
        password: 'một mật khẩu khác hẳn',
        displayName: 'Kẻ Lạ',
        role: 'talent',
        lang: 'vi',
        ip: ipAddress,
      },
      links,
    );
    expect(await database.db.select().from(users).where(eq(users.email, 'taken@example.vn'))).toHaveLength(1);
    const notice = await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'taken@example.vn'));
    expect(notice.at(-1)?.subject).toMatch(/đã|vừa/);
    expect(
      await signIn(database.db, {
        email: 'nobody@example.vn',
        password: 'whatever long',
        ip: nextIp(),
        userAgent: '',
      }),
    ).toBeNull();
    await requestPasswordReset(database.db, { email: 'nobody@example.vn', ip: nextIp(), lang: 'vi' }, links);
    expect(
      await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'nobody@example.vn')),
    ).toHaveLength(0);
  });

  it('verifies the address from the mailed link, and resets a password once', async () => {
    await signUp(
      database.db,
      {
        email: 'new@example.vn',
        password: 'phù sa đồng bằng',
        displayName: 'Người Mới',
        role: 'employer',
        lang: 'en',
        ip: nextIp(),
      },
      links,
    );
    const [created] = await database.db.select().from(users).where(eq(users.email, 'new@example.vn'));
    expect(created?.emailVerifiedAt).toBeNull();
    expect(await verifyEmail(database.db, await lastLink('new@example.vn'), nextIp())).toBe(true);
    const [verified] = await database.db.select().from(users).where(eq(users.email, 'new@example.vn'));
    expect(verified?.emailVerifiedAt).not.toBeNull();

    await requestPasswordReset(database.db, { email: 'new@example.vn', ip: nextIp(), lang: 'en' }, links);
    const token = await lastLink('new@example.vn');
    const ipAddress = nextIp();
    await expect(
      resetPassword(database.db, { token, password: 'short', ip: ipAddress }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await resetPassword(database.db, { token, password: 'a brand new passphrase', ip: ipAddress });
    await expect(
      resetPassword(database.db, { token, password: 'another new passphrase', ip: ipAddress }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(
      await signIn(database.db, {
        email: 'new@example.vn',
        password: 'a brand new passphrase',
        ip: nextIp(),
        userAgent: '',
      }),
    ).not.toBeNull();
  });
});

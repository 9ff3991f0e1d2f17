import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, users } from '@db/schema';
import { type LinkBuilder, signIn } from '@/lib/server/auth/accounts';
import { createSession, validateSessionToken } from '@/lib/server/auth/sessions';
import { hashPassword } from '@/lib/server/auth/passwords';
import {
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
} from '@/lib/server/auth/recovery';
import { InvalidInputError, RateLimitedError } from '@/lib/server/errors';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * Mailed links and the limits around them, through the functions the account forms call: a reset
 * link works once and for an hour, an email change waits for the new address to confirm it, and
 * an address typed with other capitals or spaces is the same account to every limit.
 */
const links: LinkBuilder = (kind, token) => `http://test/${kind}?token=${token}`;
const PASSWORD = 'một câu mật khẩu dài';
const MINUTE = 60_000;
let database: TestDatabase;
let ip = 0;
const nextIp = () => `10.9.0.${++ip}`;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

async function makeUser(email: string) {
  const [user] = await database.db
    .insert(users)
    .values({
      email,
      displayName: 'Người Thử',
      role: 'talent',
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    })
    .returning();
  return user!;
}

const mailTo = (to: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
const tokenIn = (text: string | undefined) => /token=([a-z2-7.]+)/.exec(text ?? '')?.[1] ?? null;
const lastToken = async (to: string) => tokenIn((await mailTo(to)).at(-1)?.text);
const emailOf = async (id: number) =>
  (await database.db.select({ email: users.email }).from(users).where(eq(users.id, id)))[0]!.email;

describe('a password reset link', () => {
  it('is refused once its hour is over, and the password stays', async () => {
    const user = await makeUser('het-han@example.vn');
    await requestPasswordReset(database.db, { email: user.email, ip: nextIp(), lang: 'vi' }, links);
    const token = (await lastToken(user.email))!;
    const issued = Date.now();
    const late = new Date(issued + 61 * MINUTE);
    await expect(
      resetPassword(database.db, { token, password: 'mật khẩu mới của kẻ trễ', ip: nextIp() }, late),
    ).rejects.toThrow(InvalidInputError);
    const [after] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toBe(user.passwordHash);
    // The same link a minute before its end still works: the hour is what refused it.
    await resetPassword(
      database.db,
      { token, password: 'mật khẩu mới đúng giờ', ip: nextIp() },
      new Date(issued + 59 * MINUTE),
    );
  });

  it('works once, even when two requests use it at the same moment', async () => {
    const user = await makeUser('mot-lan@example.vn');
    const { token: session } = await createSession(database.db, user, 'test');
    await requestPasswordReset(database.db, { email: user.email, ip: nextIp(), lang: 'vi' }, links);
    const token = (await lastToken(user.email))!;
    const both = await Promise.allSettled(
      ['mật khẩu thứ nhất dài', 'mật khẩu thứ hai dài'].map((password) =>
        resetPassword(database.db, { token, password, ip: nextIp() }),
      ),
    );
    expect(both.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(
      resetPassword(database.db, { token, password: 'mật khẩu thứ ba dài', ip: nextIp() }),
    ).rejects.toThrow(InvalidInputError);
    // The reset ended the session that was open before it.
    expect(await validateSessionToken(database.db, session)).toBeNull();
  });
});

describe('changing the email address', () => {
  it('waits for the link mailed to the new address; the old one gets no link', async () => {
    const user = await makeUser('dia-chi-cu@example.vn');
    const { token: session } = await createSession(database.db, user, 'test');
    const actor = (await validateSessionToken(database.db, session))!.actor;
    await requestEmailChange(
      database.db,
      actor,
      { email: ' Dia-Chi-Moi@Example.vn ', password: PASSWORD, lang: 'vi' },
      links,
    );
    expect(await emailOf(user.id)).toBe('dia-chi-cu@example.vn');
    expect((await mailTo('dia-chi-cu@example.vn')).every((mail) => tokenIn(mail.text) === null)).toBe(true);
    const token = (await lastToken('dia-chi-moi@example.vn'))!;
    expect(token).toBeTruthy();

    // A link of another purpose does not confirm it, nor does the right one twice.
    await requestPasswordReset(database.db, { email: user.email, ip: nextIp(), lang: 'vi' }, links);
    expect(await confirmEmailChange(database.db, (await lastToken(user.email))!, 'vi')).toBe(false);
    expect(await emailOf(user.id)).toBe('dia-chi-cu@example.vn');
    expect(await confirmEmailChange(database.db, token, 'vi')).toBe(true);
    expect(await emailOf(user.id)).toBe('dia-chi-moi@example.vn');
    expect(await confirmEmailChange(database.db, token, 'vi')).toBe(false);
    // The old address hears of it.
    expect((await mailTo('dia-chi-cu@example.vn')).at(-1)?.text).toContain('dia-chi-moi@example.vn');
  });

  it('needs the current password first', async () => {
    const user = await makeUser('doi-khong-mat-khau@example.vn');
    const { token: session } = await createSession(database.db, user, 'test');
    const actor = (await validateSessionToken(database.db, session))!.actor;
    await expect(
      requestEmailChange(
        database.db,
        actor,
        { email: 'ke-chiem@example.vn', password: 'đoán bừa một câu', lang: 'vi' },
        links,
      ),
    ).rejects.toThrow(InvalidInputError);
    expect(await mailTo('ke-chiem@example.vn')).toHaveLength(0);
  });
});

describe('limits keyed on an address', () => {
  const variants = (email: string) => [
    email,
    ` ${email.toUpperCase()}`,
    `${email.replace(/^./, (c) => c.toUpperCase())} `,
    `\t${email}`,
  ];

  it('count sign-in attempts typed with other capitals or spaces as one account', async () => {
    const user = await makeUser('chu-hoa@example.vn');
    const from = nextIp();
    const attempt = (email: string) =>
      signIn(database.db, { email, password: 'sai mật khẩu rồi', ip: from, userAgent: '' });
    for (const email of [...variants(user.email), user.email]) expect(await attempt(email)).toBeNull();
    await expect(attempt(` ${user.email.toUpperCase()}`)).rejects.toThrow(RateLimitedError);
  });

  it('count reset requests typed with other capitals or spaces as one account', async () => {
    const user = await makeUser('khoang-trang@example.vn');
    const [a, b, c, d] = variants(user.email);
    for (const email of [a!, b!, c!]) {
      await requestPasswordReset(database.db, { email, ip: nextIp(), lang: 'vi' }, links);
    }
    await expect(
      requestPasswordReset(database.db, { email: d!, ip: nextIp(), lang: 'vi' }, links),
    ).rejects.toThrow(RateLimitedError);
    expect(await mailTo(user.email)).toHaveLength(3);
  });
});

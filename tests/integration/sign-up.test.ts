import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isUniqueViolation } from '@db/client';
import { mailOutbox, users } from '@db/schema';
import { type LinkBuilder, signUp, type SignUpInput } from '@/lib/server/auth/accounts';
import { hashPassword } from '@/lib/server/auth/passwords';
import { queueMail } from '@/lib/server/mail/send';
import { makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { rejection } from '../support/errors';

// Spies that call through: the hasher and the queue do their real work, the test only counts calls.
vi.mock('@/lib/server/auth/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/auth/passwords')>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});
vi.mock('@/lib/server/mail/send', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/mail/send')>();
  return { ...real, queueMail: vi.fn(real.queueMail) };
});
// Whatever the configuration, sign-up must not reach an SMTP server.
const createTransport = vi.hoisted(() => vi.fn());
vi.mock('nodemailer', () => ({ default: { createTransport }, createTransport }));

const links: LinkBuilder = (kind, token) => `http://test/${kind}?token=${token}`;
let database: TestDatabase;
let ip = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const input = (email: string): SignUpInput => ({
  email,
  password: 'phù sa đồng bằng',
  displayName: 'Người Mới',
  role: 'talent',
  lang: 'vi',
  ip: `10.1.0.${++ip}`,
});
const mailTo = (to: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));

describe('signing up', () => {
  it('does the same work for an address with an account and a new one: hash, then queue one mail', async () => {
    const existing = await makeUser(database.db, 'talent', { email: 'co-roi@example.vn' });
    for (const [email, userId] of [
      ['co-roi@example.vn', existing.id],
      ['chua-co@example.vn', undefined],
    ] as const) {
      vi.mocked(hashPassword).mockClear();
      vi.mocked(queueMail).mockClear();
      await signUp(database.db, input(email), links);
      expect(hashPassword).toHaveBeenCalledTimes(1);
      expect(queueMail).toHaveBeenCalledTimes(1);
      const [owner] = await database.db.select().from(users).where(eq(users.email, email));
      if (userId !== undefined) expect(owner!.id).toBe(userId);
      const mail = await mailTo(email);
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ userId: owner!.id, sentAt: null, attempts: 0 });
    }
    expect(createTransport).not.toHaveBeenCalled();
  });

  it('answers concurrent sign-ups with one new address as an existing account, never an error', async () => {
    const email = 'cung-luc@example.vn';
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => signUp(database.db, input(email), links)),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const accounts = await database.db.select().from(users).where(eq(users.email, email));
    expect(accounts).toHaveLength(1);
    const mail = await mailTo(email);
    expect(mail).toHaveLength(12);
    expect(mail.every((m) => m.userId === accounts[0]!.id)).toBe(true);
    expect(mail.filter((m) => m.text.includes('verify-email?token='))).toHaveLength(1);
  }, 60_000);

  it('knows a UNIQUE violation from the database client through Drizzle’s wrapping', async () => {
    const duplicate = { email: 'hai-lan@example.vn', displayName: 'Hai Lần', role: 'talent' } as const;
    await database.db.insert(users).values(duplicate);
    const error = await rejection(database.db.insert(users).values(duplicate));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('SQLITE_BUSY: database is locked'))).toBe(false);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAddresses } from '@db/schema';
import { signIn } from '@/lib/server/auth/accounts';
import { createOneTimeToken } from '@/lib/server/auth/one-time';
import { hashPassword } from '@/lib/server/auth/passwords';
import { resetPassword } from '@/lib/server/auth/recovery';
import { forgetOldSignInAddresses, isKnownSignInAddress } from '@/lib/server/auth/sign-in-addresses';
import { RateLimitedError } from '@/lib/server/errors';
import { limits } from '@/lib/server/rate-limit';
import { makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { rejection } from '../support/errors';

const PASSWORD = 'một câu mật khẩu dài';
const WRONG = 'một câu đoán sai';
const SECOND = 1000;
const DAY = 86_400_000;
/** The start of an hour, so every attempt of a test falls in the same windows. */
const T0 = Date.parse('2026-11-25T08:00:00Z');

let database: TestDatabase;
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => database.dispose());

const addressesOf = async (userId: number) =>
  (
    await database.db
      .select({ address: signInAddresses.address })
      .from(signInAddresses)
      .where(eq(signInAddresses.userId, userId))
  ).map((row) => row.address);

const attempt = (email: string, password: string, ip: string, at: number) =>
  signIn(database.db, { email, password, ip, userAgent: 'test' }, new Date(at));

describe('signing in under attack', () => {
  it('makes the attacker’s address wait, never the owner signing in from another', async () => {
    const owner = await makeUser(database.db, 'admin', { passwordHash });
    const attacker = '203.0.113.9';
    for (let i = 0; i < limits.signInPerAccountAndIp.limit; i++)
      expect(await attempt(owner.email, WRONG, attacker, T0 + i * SECOND)).toBeNull();
    expect(await rejection(attempt(owner.email, WRONG, attacker, T0 + 10 * SECOND))).toBeInstanceOf(
      RateLimitedError,
    );
    // The right password earns the waiting address the same answer: the wait is no oracle.
    expect(await rejection(attempt(owner.email, PASSWORD, attacker, T0 + 11 * SECOND))).toBeInstanceOf(
      RateLimitedError,
    );

    expect(await attempt(owner.email, PASSWORD, '198.51.100.7', T0 + 12 * SECOND)).not.toBeNull();
  });

  it('past the account-wide ceiling, takes the password from the owner’s usual address only', async () => {
    const owner = await makeUser(database.db, 'talent', { passwordHash });
    const home = '198.51.100.20';
    expect(await attempt(owner.email, PASSWORD, home, T0 - DAY)).not.toBeNull();

    // Guessing spread over many addresses, each far under its own limit.
    for (let i = 0; i < limits.signInPerAccount.limit; i++)
      expect(await attempt(owner.email, WRONG, `10.20.${i >> 8}.${i & 255}`, T0 + i * SECOND)).toBeNull();
    const later = T0 + 10 * 60 * SECOND;
    for (const password of [WRONG, PASSWORD])
      expect(await rejection(attempt(owner.email, password, '10.99.0.1', later))).toBeInstanceOf(
        RateLimitedError,
      );

    expect(await attempt(owner.email, PASSWORD, home, later)).not.toBeNull();

    // From a new address the mailed reset link is the way in: following it makes the address usual.
    const token = await createOneTimeToken(database.db, owner.id, 'reset-password', null, new Date(later));
    const renewed = 'một câu mật khẩu mới hẳn';
    await resetPassword(database.db, { token, password: renewed, ip: '10.99.0.1' }, new Date(later));
    expect(await attempt(owner.email, renewed, '10.99.0.1', later + SECOND)).not.toBeNull();
  });

  it('forgets a usual address 90 days after the last sign-in from it', async () => {
    const owner = await makeUser(database.db, 'talent', { passwordHash });
    expect(await attempt(owner.email, PASSWORD, '198.51.100.30', T0)).not.toBeNull();
    expect(await isKnownSignInAddress(database.db, owner.id, '198.51.100.30', new Date(T0 + 89 * DAY))).toBe(
      true,
    );
    expect(await isKnownSignInAddress(database.db, owner.id, '198.51.100.30', new Date(T0 + 91 * DAY))).toBe(
      false,
    );
    expect(await isKnownSignInAddress(database.db, owner.id, '198.51.100.31', new Date(T0))).toBe(false);

    await forgetOldSignInAddresses(database.db, new Date(T0 + 89 * DAY));
    expect(await addressesOf(owner.id)).toEqual(['198.51.100.30']);
    await forgetOldSignInAddresses(database.db, new Date(T0 + 91 * DAY));
    expect(await addressesOf(owner.id)).toEqual([]);
  });
});

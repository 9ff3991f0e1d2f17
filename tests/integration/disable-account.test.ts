import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, type User, type UserRole, users } from '../../db/schema';
import type { Actor } from '../../src/lib/server/auth/actor';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/sessions';
import { ForbiddenError, InvalidInputError } from '../../src/lib/server/errors';
import { disableAccountByEmail } from '../../src/lib/server/officers/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let count = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

async function makeUser(role: UserRole): Promise<User> {
  count += 1;
  const [user] = await database.db
    .insert(users)
    .values({ email: `disable-${count}@example.vn`, displayName: `Người dùng ${count}`, role, emailVerifiedAt: new Date() })
    .returning();
  return user!;
}

function actorOf(user: User): Actor {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    unitId: null,
    emailVerified: true,
    employerVerified: false,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

async function expectRefused(promise: Promise<unknown>, key: string): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(InvalidInputError);
  expect((error as InvalidInputError).message).toBe(key);
  expect((error as InvalidInputError).field).toBe('email');
}

const disabledAt = async (userId: number) =>
  (await database.db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)))[0]?.disabledAt ?? null;

describe('disableAccountByEmail', () => {
  it('disables the account and ends every one of its sessions, whatever case the address is typed in', async () => {
    const admin = actorOf(await makeUser('admin'));
    const talent = await makeUser('talent');
    const bystander = await makeUser('talent');
    const phone = await createSession(database.db, talent, 'phone');
    const laptop = await createSession(database.db, talent, 'laptop');
    const other = await createSession(database.db, bystander, 'laptop');
    expect(await validateSessionToken(database.db, phone.token)).not.toBeNull();

    const result = await disableAccountByEmail(database.db, admin, `  ${talent.email.toUpperCase()} `);

    expect(result).toEqual({ userId: talent.id, email: talent.email });
    expect(await disabledAt(talent.id)).toBeInstanceOf(Date);
    expect(await validateSessionToken(database.db, phone.token)).toBeNull();
    expect(await validateSessionToken(database.db, laptop.token)).toBeNull();
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, talent.id))).toEqual([]);
    // Nobody else is signed out.
    expect(await validateSessionToken(database.db, other.token)).not.toBeNull();
    expect(await disabledAt(bystander.id)).toBeNull();
  });

  it('disables officers and employers too', async () => {
    const admin = actorOf(await makeUser('admin'));
    for (const role of ['officer', 'employer'] as const) {
      const user = await makeUser(role);
      const session = await createSession(database.db, user, 'browser');
      await disableAccountByEmail(database.db, admin, user.email);
      expect(await validateSessionToken(database.db, session.token)).toBeNull();
    }
  });

  it('is for admins only', async () => {
    const target = await makeUser('talent');
    const session = await createSession(database.db, target, 'browser');
    for (const role of ['talent', 'employer', 'officer'] as const) {
      const actor = actorOf(await makeUser(role));
      expect(await rejection(disableAccountByEmail(database.db, actor, target.email))).toBeInstanceOf(ForbiddenError);
    }
    // An admin who has not confirmed their email cannot either.
    const unverified = { ...actorOf(await makeUser('admin')), emailVerified: false };
    expect(await rejection(disableAccountByEmail(database.db, unverified, target.email))).toBeInstanceOf(ForbiddenError);
    expect(await disabledAt(target.id)).toBeNull();
    expect(await validateSessionToken(database.db, session.token)).not.toBeNull();
  });

  it('refuses to disable the admin themselves or another admin', async () => {
    const adminUser = await makeUser('admin');
    const admin = actorOf(adminUser);
    const otherAdmin = await makeUser('admin');
    const session = await createSession(database.db, otherAdmin, 'browser');

    await expectRefused(disableAccountByEmail(database.db, admin, adminUser.email), 'workspace.disableSelf');
    await expectRefused(disableAccountByEmail(database.db, admin, otherAdmin.email), 'workspace.disableAdmin');
    expect(await disabledAt(adminUser.id)).toBeNull();
    expect(await disabledAt(otherAdmin.id)).toBeNull();
    expect(await validateSessionToken(database.db, session.token)).not.toBeNull();
  });

  it('refuses an address no account uses', async () => {
    const admin = actorOf(await makeUser('admin'));
    await expectRefused(disableAccountByEmail(database.db, admin, 'nobody@example.vn'), 'workspace.disableUnknown');
  });
});

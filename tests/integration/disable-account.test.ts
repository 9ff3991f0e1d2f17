import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '@db/schema';
import { createSession, validateSessionToken } from '@/lib/server/auth/sessions';
import { ForbiddenError } from '@/lib/server/errors';
import { disableAccountByEmail } from '@/lib/server/officers/accounts';
import { actorOf, makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectInvalid, rejection } from '../support/errors';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const disabledAt = async (userId: number) =>
  (await database.db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)))[0]
    ?.disabledAt ?? null;

describe('disableAccountByEmail', () => {
  it('disables the account and ends every one of its sessions, whatever case the address is typed in', async () => {
    const admin = actorOf(await makeUser(database.db, 'admin'));
    const talent = await makeUser(database.db, 'talent');
    const bystander = await makeUser(database.db, 'talent');
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
    const admin = actorOf(await makeUser(database.db, 'admin'));
    for (const role of ['officer', 'employer'] as const) {
      const user = await makeUser(database.db, role);
      const session = await createSession(database.db, user, 'browser');
      await disableAccountByEmail(database.db, admin, user.email);
      expect(await validateSessionToken(database.db, session.token)).toBeNull();
    }
  });

  it('is for admins only', async () => {
    const target = await makeUser(database.db, 'talent');
    const session = await createSession(database.db, target, 'browser');
    for (const role of ['talent', 'employer', 'officer'] as const) {
      const actor = actorOf(await makeUser(database.db, role));
      expect(await rejection(disableAccountByEmail(database.db, actor, target.email))).toBeInstanceOf(
        ForbiddenError,
      );
    }
    // An admin who has not confirmed their email cannot either.
    const unverified = { ...actorOf(await makeUser(database.db, 'admin')), emailVerified: false };
    expect(await rejection(disableAccountByEmail(database.db, unverified, target.email))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await disabledAt(target.id)).toBeNull();
    expect(await validateSessionToken(database.db, session.token)).not.toBeNull();
  });

  it('refuses to disable the admin themselves or another admin', async () => {
    const adminUser = await makeUser(database.db, 'admin');
    const admin = actorOf(adminUser);
    const otherAdmin = await makeUser(database.db, 'admin');
    const session = await createSession(database.db, otherAdmin, 'browser');

    await expectInvalid(disableAccountByEmail(database.db, admin, adminUser.email), 'email', {
      key: 'workspace.disableSelf',
    });
    await expectInvalid(disableAccountByEmail(database.db, admin, otherAdmin.email), 'email', {
      key: 'workspace.disableAdmin',
    });
    expect(await disabledAt(adminUser.id)).toBeNull();
    expect(await disabledAt(otherAdmin.id)).toBeNull();
    expect(await validateSessionToken(database.db, session.token)).not.toBeNull();
  });

  it('refuses an address no account uses', async () => {
    const admin = actorOf(await makeUser(database.db, 'admin'));
    await expectInvalid(disableAccountByEmail(database.db, admin, 'nobody@example.vn'), 'email', {
      key: 'workspace.disableUnknown',
    });
  });
});

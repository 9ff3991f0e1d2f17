import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, oneTimeTokens, rateLimits, sessions, type User, users } from '@db/schema';
import { createOneTimeToken } from '@/lib/server/auth/one-time';
import { createSession } from '@/lib/server/auth/sessions';
import { OUTBOX_RETENTION_MS, purgeExpiredData } from '@/lib/server/housekeeping';
import { createTestDatabase, type TestDatabase } from '../support/database';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = new Date('2026-12-01T08:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

async function makeUser(email: string, role: 'talent' | 'admin') {
  const [user] = await database.db
    .insert(users)
    .values({ email, displayName: 'Người Thử', role })
    .returning();
  return user!;
}

/** A session that started `startedAgo` before now and was last used `idleFor` before now; its id. */
async function sessionOf(user: Pick<User, 'id' | 'role'>, startedAgo: number, idleFor: number) {
  const { token } = await createSession(database.db, user, 'test', ago(startedAgo));
  const id = token.split('.')[0]!;
  await database.db
    .update(sessions)
    .set({ lastActiveAt: ago(idleFor) })
    .where(eq(sessions.id, id));
  return id;
}

describe('housekeeping', () => {
  it('purges ended sessions, spent links, past rate windows and old outbox mail, and keeps the rest', async () => {
    const { db } = database;
    const talent = await makeUser('con-song@example.vn', 'talent');
    const admin = await makeUser('quan-tri@example.vn', 'admin');
    const live = await sessionOf(talent, 2 * DAY, 3 * DAY);
    await sessionOf(talent, 31 * DAY, MINUTE); // past its 30-day absolute end
    await sessionOf(talent, 10 * DAY, 8 * DAY); // idle past a talent's 7 days
    const adminLive = await sessionOf(admin, HOUR, 10 * MINUTE);
    await sessionOf(admin, 2 * HOUR, 40 * MINUTE); // idle past an admin's 30 minutes

    await createOneTimeToken(db, talent.id, 'verify-email', null, ago(HOUR)); // still good
    await createOneTimeToken(db, talent.id, 'reset-password', null, ago(2 * HOUR)); // expired
    await createOneTimeToken(db, admin.id, 'reset-password', null, ago(10 * MINUTE));
    await db
      .update(oneTimeTokens)
      .set({ usedAt: ago(MINUTE) })
      .where(eq(oneTimeTokens.userId, admin.id));

    const nowSeconds = Math.floor(now.getTime() / 1000);
    await db.insert(rateLimits).values([
      { key: 'sign-in:ip:10.0.0.1', windowStart: nowSeconds - 10 * 60, count: 3 },
      { key: 'sign-in:ip:10.0.0.2', windowStart: nowSeconds - 2 * 3600, count: 9 },
    ]);
    await db.insert(mailOutbox).values([
      { userId: talent.id, to: 'moi@example.vn', subject: 'Mới', text: '…', createdAt: ago(DAY) },
      {
        userId: talent.id,
        to: 'cu@example.vn',
        subject: 'Cũ',
        text: '…',
        createdAt: ago(OUTBOX_RETENTION_MS + MINUTE),
      },
    ]);

    // Two instances purging at once: every delete is idempotent.
    await Promise.all([purgeExpiredData(db, now), purgeExpiredData(db, now)]);

    expect((await db.select({ id: sessions.id }).from(sessions)).map((s) => s.id).sort()).toEqual(
      [live, adminLive].sort(),
    );
    expect((await db.select().from(oneTimeTokens)).map((t) => t.purpose)).toEqual(['verify-email']);
    expect((await db.select().from(rateLimits)).map((r) => r.key)).toEqual(['sign-in:ip:10.0.0.1']);
    expect((await db.select().from(mailOutbox)).map((m) => m.subject)).toEqual(['Mới']);
  });
});

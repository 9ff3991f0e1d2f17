import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '@db/schema';
import { deliverQueuedMail, type MailTransport, mailRetryDelay } from '@/lib/server/mail/deliver';
import { queueMail } from '@/lib/server/mail/send';
import { makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

const MINUTE = 60_000;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

/** A transport that records what it delivers, or fails while `down` is set. */
function recordingTransport() {
  const delivered: string[] = [];
  const transport: MailTransport & { down: boolean } = {
    down: false,
    async send(mail) {
      if (transport.down) throw new Error('connect ECONNREFUSED');
      await new Promise((resolve) => setTimeout(resolve, 5));
      delivered.push(mail.subject);
    },
  };
  return { transport, delivered };
}

/** Queues `subjects` for a new user at time `at` and returns the user's id. */
async function queue(subjects: string[], at: Date): Promise<number> {
  const user = await makeUser(database.db, 'talent');
  for (const subject of subjects) {
    await queueMail(database.db, { userId: user.id, to: user.email, subject, text: 'Nội dung' });
  }
  await database.db.update(mailOutbox).set({ createdAt: at }).where(eq(mailOutbox.userId, user.id));
  return user.id;
}

describe('the mail queue', () => {
  it('delivers each queued message once, even with two senders at work', async () => {
    const now = new Date('2026-11-25T08:00:00Z');
    const userId = await queue(['một', 'hai', 'ba', 'bốn'], now);
    const { transport, delivered } = recordingTransport();
    const [a, b] = await Promise.all([
      deliverQueuedMail(database.db, transport, now),
      deliverQueuedMail(database.db, transport, now),
    ]);
    expect(a.sent + b.sent).toBe(4);
    expect(delivered.sort()).toEqual(['ba', 'bốn', 'hai', 'một']);
    const rows = await database.db.select().from(mailOutbox).where(eq(mailOutbox.userId, userId));
    expect(rows.every((row) => row.sentAt?.getTime() === now.getTime())).toBe(true);
    expect(await deliverQueuedMail(database.db, transport, new Date(now.getTime() + MINUTE))).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it('keeps a message the server refused and retries it after a growing delay', async () => {
    const now = new Date('2026-11-26T08:00:00Z');
    const userId = await queue(['thử lại'], now);
    const { transport, delivered } = recordingTransport();
    transport.down = true;
    expect(await deliverQueuedMail(database.db, transport, now)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.userId, userId));
    expect(failed).toMatchObject({ sentAt: null, attempts: 1, lastError: 'connect ECONNREFUSED' });

    transport.down = false;
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(await deliverQueuedMail(database.db, transport, at(mailRetryDelay(1) - 1))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await deliverQueuedMail(database.db, transport, at(mailRetryDelay(1)))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(delivered).toEqual(['thử lại']);
    expect(mailRetryDelay(2)).toBe(2 * mailRetryDelay(1));
  });

  it('never sends a message older than a day, whose links have all expired', async () => {
    const now = new Date('2026-11-27T08:00:00Z');
    await queue(['cũ'], new Date(now.getTime() - 25 * 60 * MINUTE));
    const { transport, delivered } = recordingTransport();
    expect(await deliverQueuedMail(database.db, transport, now)).toEqual({ sent: 0, failed: 0 });
    expect(delivered).toEqual([]);
  });
});

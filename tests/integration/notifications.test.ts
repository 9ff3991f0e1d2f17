import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import { mailOutbox, notifications } from '@db/schema';
import {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  NOTIFICATIONS_PER_PAGE,
  notify,
} from '@/lib/server/notifications';
import { NOTIFICATIONS_PATH, sendDueDigests } from '@/lib/server/notifications/digest';
import { getDigestFrequency, saveDigestFrequency } from '@/lib/server/notifications/settings';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectInvalid } from '../support/errors';

let database: TestDatabase;
let db: Database;
const start = new Date('2026-12-02T08:00:00Z');
const HOUR = 3_600_000;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database.dispose());
afterEach(() => vi.useRealTimers());

const at = (ms: number) => new Date(start.getTime() + ms);
const mailTo = (userId: number) => db.select().from(mailOutbox).where(eq(mailOutbox.userId, userId));

describe('notifications', () => {
  it('counts, lists newest first, pages by key and marks read only the reader’s own', async () => {
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    const reader = await makeActor(db, 'talent');
    const other = await makeActor(db, 'talent');
    const many = Array.from({ length: NOTIFICATIONS_PER_PAGE + 2 }, (_, i) => ({
      userId: reader.id,
      kind: 'connectionRequested' as const,
      params: { name: `Người ${i}` },
      link: { route: 'notifications' },
    }));
    await db.transaction((tx) => notify(tx, ...many));
    await notify(db, { userId: other.id, kind: 'connectionAccepted', params: { name: 'A' } });
    expect(await countUnreadNotifications(db, reader.id)).toBe(NOTIFICATIONS_PER_PAGE + 2);

    const first = await listNotifications(db, reader);
    expect(first.items).toHaveLength(NOTIFICATIONS_PER_PAGE);
    expect(first.items[0]!.params).toEqual({ name: `Người ${NOTIFICATIONS_PER_PAGE + 1}` });
    expect(first.items[0]!.messageKey).toBe('notice.connectionRequested');
    const second = await listNotifications(db, reader, first.nextBefore!);
    expect(second.items.map((i) => i.params.name)).toEqual(['Người 1', 'Người 0']);
    expect(second.nextBefore).toBeNull();

    const [othersRow] = await db.select().from(notifications).where(eq(notifications.userId, other.id));
    await markNotificationsRead(db, reader, [first.items[0]!.id, othersRow!.id]);
    expect(await countUnreadNotifications(db, reader.id)).toBe(NOTIFICATIONS_PER_PAGE + 1);
    expect(await countUnreadNotifications(db, other.id)).toBe(1);
    await markNotificationsRead(db, reader);
    expect(await countUnreadNotifications(db, reader.id)).toBe(0);
  });

  it('reads a kind whose message is gone as a generic notification', async () => {
    const reader = await makeActor(db, 'talent');
    await db.insert(notifications).values({ userId: reader.id, kind: 'retired', createdAt: start });
    const { items } = await listNotifications(db, reader);
    expect(items[0]!.messageKey).toBe('notices.unknown');
  });
});

describe('the email digest', () => {
  it('mails unread notifications once per period in the chosen language, and skips read ones', async () => {
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    const reader = await makeActor(db, 'talent');
    await saveDigestFrequency(db, reader, 'weekly', 'en');
    expect(await getDigestFrequency(db, reader)).toBe('weekly');
    await notify(db, { userId: reader.id, kind: 'connectionRequested', params: { name: 'Lan' } });
    await sendDueDigests(db, at(HOUR));
    const [mail] = await mailTo(reader.id);
    expect(mail!.to).toBe(reader.email);
    expect(mail!.subject).toMatch(/^1 unread notification /);
    expect(mail!.text).toContain('• Lan would like to connect with you.');
    expect(mail!.text).toContain(NOTIFICATIONS_PATH.en);

    // Nothing new to tell, then something new before the week is over: no second mail yet.
    await sendDueDigests(db, at(2 * HOUR));
    vi.setSystemTime(at(3 * HOUR));
    await notify(db, { userId: reader.id, kind: 'connectionAccepted', params: { name: 'Minh' } });
    await sendDueDigests(db, at(24 * HOUR));
    expect(await mailTo(reader.id)).toHaveLength(1);
    await sendDueDigests(db, at(7 * 24 * HOUR + HOUR));
    const mails = await mailTo(reader.id);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('Minh accepted your connection request.');

    // A notification read before its digest is not mailed.
    vi.setSystemTime(at(8 * 24 * HOUR));
    await notify(db, { userId: reader.id, kind: 'connectionAccepted', params: { name: 'Hoa' } });
    await markNotificationsRead(db, reader);
    await sendDueDigests(db, at(15 * 24 * HOUR));
    expect(await mailTo(reader.id)).toHaveLength(2);
  });

  it('sends nothing to a person who chose none, nor to an unconfirmed address', async () => {
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    const quiet = await makeActor(db, 'talent');
    await saveDigestFrequency(db, quiet, 'off', 'vi');
    const unconfirmed = await makeActor(db, 'talent', { emailVerified: false });
    for (const person of [quiet, unconfirmed])
      await notify(db, { userId: person.id, kind: 'connectionRequested', params: { name: 'B' } });
    await sendDueDigests(db, at(HOUR));
    expect(await mailTo(quiet.id)).toHaveLength(0);
    expect(await mailTo(unconfirmed.id)).toHaveLength(0);
    const left = await db.select().from(notifications).where(eq(notifications.userId, quiet.id));
    expect(left.every((row) => row.digestedAt !== null)).toBe(true);
  });

  it('writes a daily digest in Vietnamese by default', async () => {
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    const reader = await makeActor(db, 'talent');
    expect(await getDigestFrequency(db, reader)).toBe('daily');
    await notify(db, { userId: reader.id, kind: 'connectionRequested', params: { name: 'Lan' } });
    await sendDueDigests(db, at(HOUR));
    vi.setSystemTime(at(2 * HOUR));
    await notify(db, { userId: reader.id, kind: 'connectionRequested', params: { name: 'Hùng' } });
    await sendDueDigests(db, at(24 * HOUR));
    const mails = await mailTo(reader.id);
    expect(mails).toHaveLength(2);
    expect(mails[0]!.text).toContain('Lan muốn kết nối với bạn.');
    expect(mails[0]!.text).toContain(NOTIFICATIONS_PATH.vi);
  });

  it('refuses a frequency that is not offered', async () => {
    const reader = await makeActor(db, 'talent');
    await expectInvalid(saveDigestFrequency(db, reader, 'hourly', 'vi'), 'digest');
  });
});

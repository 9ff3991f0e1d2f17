import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAnnouncements, listSubscribers, mailOutbox, rateLimits } from '@db/schema';
import { type ListItem, sendListDigest } from '@/lib/server/mailing-list/digest';
import {
  CONFIRM_LIFETIME_MS,
  confirmSubscription,
  deleteExpiredSubscriptions,
  isConfirmationPending,
  isSubscribed,
  subscribeToList,
  unsubscribeFromList,
} from '@/lib/server/mailing-list/subscribe';
import { InvalidInputError, RateLimitedError } from '@/lib/server/errors';
import { purgeExpiredData } from '@/lib/server/housekeeping';
import { createTestDatabase, type TestDatabase } from '../support/database';

const NOW = new Date('2026-11-20T02:00:00Z');
const LATER = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());
beforeEach(async () => {
  for (const table of [mailOutbox, listSubscribers, listAnnouncements, rateLimits])
    await database.db.delete(table);
});

let ip = 0;
/** Each sign-up from an address of its own, unless a test is about the per-address limit. */
const subscribe = (email: string, at = NOW, lang: 'vi' | 'en' = 'vi', from = `192.0.2.${++ip % 250}`) =>
  subscribeToList(database.db, { email, lang, ip: from }, at);
const mailTo = (to: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
/** The token of the last link of `name` (`token=`) in the newest mail to `to`. */
async function linkToken(to: string): Promise<string> {
  const mails = await mailTo(to);
  const match = /token=([\w-]+)/.exec(mails.at(-1)!.text);
  return match![1]!;
}
async function subscribeAndConfirm(email: string, lang: 'vi' | 'en' = 'vi') {
  await subscribe(email, NOW, lang);
  await confirmSubscription(database.db, { token: await linkToken(email), ip: '192.0.2.200' }, NOW);
}

const item = (id: string, publishedAt: Date, lang: 'vi' | 'en' = 'vi'): ListItem => ({
  id,
  lang,
  title: `Tiêu đề ${id}`,
  summary: `Tóm tắt ${id}`,
  path: `/tin-tuc/${id}`,
  publishedAt,
});

describe('subscribing with double opt-in', () => {
  it('queues a confirmation link and lists the address only once it is followed', async () => {
    await subscribe(' Ban.Doc@Example.vn ');
    const [mail] = await mailTo('ban.doc@example.vn');
    expect(mail).toMatchObject({
      userId: null,
      subject: 'Xác nhận đăng ký nhận tin — Tài năng trẻ An Giang',
    });
    expect(mail!.text).toMatch(/\/nhan-tin\/xac-nhan\?token=/);
    const [row] = await database.db.select().from(listSubscribers);
    expect(row).toMatchObject({ status: 'pending', lang: 'vi' });
    // Only the link's hash is stored.
    const token = await linkToken('ban.doc@example.vn');
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await isConfirmationPending(database.db, token, NOW)).toBe(true);
    await confirmSubscription(database.db, { token, ip: '192.0.2.1' }, LATER(HOUR));
    expect((await database.db.select().from(listSubscribers))[0]).toMatchObject({ status: 'confirmed' });
    // The link works once.
    await expect(confirmSubscription(database.db, { token, ip: '192.0.2.1' }, LATER(HOUR))).rejects.toThrow(
      InvalidInputError,
    );
  });

  it('refuses an expired link, and forgets the address once its link expired', async () => {
    await subscribe('cham@example.vn');
    const token = await linkToken('cham@example.vn');
    await expect(
      confirmSubscription(database.db, { token, ip: '192.0.2.1' }, LATER(CONFIRM_LIFETIME_MS)),
    ).rejects.toThrow(InvalidInputError);
    await deleteExpiredSubscriptions(database.db, LATER(CONFIRM_LIFETIME_MS - 1));
    expect(await database.db.select().from(listSubscribers)).toHaveLength(1);
    await purgeExpiredData(database.db, LATER(CONFIRM_LIFETIME_MS));
    expect(await database.db.select().from(listSubscribers)).toEqual([]);
    // The confirmation mail goes with it: nothing of the address is kept.
    expect(await mailTo('cham@example.vn')).toEqual([]);
  });

  it('answers the same whatever the state of the address (no enumeration); only the inbox learns', async () => {
    await subscribeAndConfirm('da-co@example.vn');
    const answers = [
      await subscribe('da-co@example.vn'),
      await subscribe('chua-co@example.vn'),
      await subscribe('chua-co@example.vn'),
    ];
    expect(answers).toEqual([undefined, undefined, undefined]);
    const listed = await mailTo('da-co@example.vn');
    expect(listed.at(-1)!.subject).toBe('Bạn đã đăng ký nhận tin — Tài năng trẻ An Giang');
    expect(listed.at(-1)!.text).toMatch(/\/nhan-tin\/huy\?token=/);
    expect(
      (
        await database.db.select().from(listSubscribers).where(eq(listSubscribers.email, 'da-co@example.vn'))
      )[0],
    ).toMatchObject({ status: 'confirmed' });
    // A second sign-up of a pending address sends a new link; the old one stops working.
    const [first, second] = (await mailTo('chua-co@example.vn')).map(
      (m) => /token=([\w-]+)/.exec(m.text)![1]!,
    );
    expect(await isConfirmationPending(database.db, first!, NOW)).toBe(false);
    expect(await isConfirmationPending(database.db, second!, NOW)).toBe(true);
  });

  it('limits sign-ups per client address with a message, and mails to one inbox silently', async () => {
    for (let i = 0; i < 10; i++) await subscribe(`lop-${i}@example.vn`, NOW, 'vi', '198.51.100.1');
    await expect(subscribe('lop-10@example.vn', NOW, 'vi', '198.51.100.1')).rejects.toThrow(RateLimitedError);
    for (let i = 0; i < 5; i++) await subscribe('mot-hop-thu@example.vn');
    expect(await mailTo('mot-hop-thu@example.vn')).toHaveLength(3);
  });
});

describe('the digest of newly published items', () => {
  it('goes once to confirmed subscribers in their language, with one-click unsubscribe headers', async () => {
    await subscribeAndConfirm('vi@example.vn');
    await subscribeAndConfirm('en@example.vn', 'en');
    await subscribe('pending@example.vn');
    await database.db.delete(mailOutbox);
    const items = [
      item('news:vi/moi', LATER(-HOUR)),
      item('call:vi/giai-moi', LATER(-2 * HOUR)),
      item('news:en/new', LATER(-HOUR), 'en'),
      item('news:vi/sap-dang', LATER(2 * HOUR)), // dated later: not published yet
      item('news:vi/cu', LATER(-30 * 24 * HOUR)), // from the archive: never mailed
    ];
    expect(await sendListDigest(database.db, items, NOW)).toBe(2);
    const [vi] = await mailTo('vi@example.vn');
    expect(vi!.subject).toBe('2 tin mới — Tài năng trẻ An Giang');
    expect(vi!.text).toContain('Tiêu đề news:vi/moi');
    expect(vi!.text).toContain('Tiêu đề call:vi/giai-moi');
    expect(vi!.text).not.toContain('sap-dang');
    expect(vi!.text).not.toContain('news:vi/cu');
    expect(Object.keys(vi!.headers!).sort()).toEqual(['List-Unsubscribe', 'List-Unsubscribe-Post']);
    expect(vi!.headers!['List-Unsubscribe']).toMatch(
      /^<https?:\/\/[^>]+\/api\/list-unsubscribe\?token=[\w-]{43}>$/,
    );
    expect(vi!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const [en] = await mailTo('en@example.vn');
    expect(en!.subject).toBe('1 new item — An Giang Young Talent');
    expect(await mailTo('pending@example.vn')).toEqual([]);

    // Idempotent: the same items are never mailed again; the one published later goes on its own.
    expect(await sendListDigest(database.db, items, LATER(HOUR))).toBe(0);
    expect(await sendListDigest(database.db, items, LATER(3 * HOUR))).toBe(1);
    const vis = await mailTo('vi@example.vn');
    expect(vis).toHaveLength(2);
    expect(vis[1]!.subject).toBe('1 tin mới — Tài năng trẻ An Giang');
    expect(vis[1]!.text).toContain('sap-dang');
  });

  it('does not claim items when two runs race: each item goes out once', async () => {
    await subscribeAndConfirm('dua@example.vn');
    await database.db.delete(mailOutbox);
    const items = [item('news:vi/dua', LATER(-HOUR))];
    const sent = await Promise.all([
      sendListDigest(database.db, items, NOW),
      sendListDigest(database.db, items, NOW),
    ]);
    expect(sent.sort()).toEqual([0, 1]);
    expect(await mailTo('dua@example.vn')).toHaveLength(1);
  });
});

describe('unsubscribing', () => {
  it('removes the address and what is still queued for it; a used link changes nothing more', async () => {
    await subscribeAndConfirm('roi-di@example.vn');
    await sendListDigest(database.db, [item('news:vi/tin', LATER(-HOUR))], NOW);
    const [digest] = (await mailTo('roi-di@example.vn')).filter((m) => m.headers);
    const token = /token=([\w-]+)>/.exec(digest!.headers!['List-Unsubscribe']!)![1]!;
    expect(await isSubscribed(database.db, token)).toBe(true);
    expect(await unsubscribeFromList(database.db, token)).toBe(true);
    expect(await database.db.select().from(listSubscribers)).toEqual([]);
    expect(await mailTo('roi-di@example.vn')).toEqual([]);
    expect(await unsubscribeFromList(database.db, token)).toBe(false);
    expect(await unsubscribeFromList(database.db, 'khong-hop-le')).toBe(false);
  });
});

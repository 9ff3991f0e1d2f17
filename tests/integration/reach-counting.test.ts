import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  listSubscribers,
  materialDownloads,
  reachDays,
  reachSalts,
  reachVisitors,
  youthPopulation,
} from '@db/schema';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import { type ReachCounter, startReachCounter } from '@/lib/server/reach/counter';
import { loadYearCounts, summarizePastDays } from '@/lib/server/reach/summaries';
import { getReachTarget, setYouthPopulation } from '@/lib/server/reach/target';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

const BROWSER =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari/604.1';
const OTHER_BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36';
const ADDRESS = '203.0.113.77';
/** 10:00 in Viet Nam on 5 and 6 March 2026 (03:00 UTC). */
const DAY_ONE = new Date('2026-03-05T03:00:00Z');
const DAY_TWO = new Date('2026-03-06T03:00:00Z');
/** 23:30 UTC on 5 March is already 6 March in Viet Nam. */
const LATE_EVENING_UTC = new Date('2026-03-05T23:30:00Z');

let database: TestDatabase;
let counter: ReachCounter;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());
beforeEach(async () => {
  await counter?.stop();
  // A timer far beyond the test: only explicit flushes write.
  counter = startReachCounter(database.db, 'tainangtre.example.vn', 3_600_000);
  for (const table of [
    reachVisitors,
    reachDays,
    reachSalts,
    materialDownloads,
    youthPopulation,
    listSubscribers,
  ])
    await database.db.delete(table);
});

const view = (at: Date, over: Partial<Parameters<ReachCounter['record']>[0]> = {}) =>
  counter.record({ kind: 'page', address: ADDRESS, userAgent: BROWSER, at, ...over });

describe('counting unique visitors by a daily salted hash', () => {
  it('counts the same visitor once a day, however many pages they read', async () => {
    view(DAY_ONE);
    view(DAY_ONE);
    view(new Date(DAY_ONE.getTime() + 3_600_000));
    await counter.flush();
    expect(await database.db.select().from(reachVisitors)).toHaveLength(1);
    expect((await database.db.select().from(reachDays))[0]).toMatchObject({
      day: '2026-03-05',
      pageViews: 3,
    });
  });

  it('tells visitors apart by address and by browser', async () => {
    view(DAY_ONE);
    view(DAY_ONE, { address: '198.51.100.4' });
    view(DAY_ONE, { userAgent: OTHER_BROWSER });
    await counter.flush();
    expect(await database.db.select().from(reachVisitors)).toHaveLength(3);
  });

  it('gives the same visitor a different hash the next day (Viet Nam days), with a salt per day', async () => {
    view(DAY_ONE);
    view(LATE_EVENING_UTC);
    view(DAY_TWO);
    await counter.flush();
    const rows = await database.db.select().from(reachVisitors).orderBy(reachVisitors.day);
    expect(rows.map((r) => r.day)).toEqual(['2026-03-05', '2026-03-06']);
    expect(rows[0]!.hash.equals(rows[1]!.hash)).toBe(false);
    expect(
      await database.db.select({ day: reachSalts.day }).from(reachSalts).orderBy(reachSalts.day),
    ).toEqual([{ day: '2026-03-05' }, { day: '2026-03-06' }]);
  });

  it('agrees across instances through the salt in the database', async () => {
    const other = startReachCounter(database.db, 'tainangtre.example.vn', 3_600_000);
    view(DAY_ONE);
    other.record({ kind: 'page', address: ADDRESS, userAgent: BROWSER, at: DAY_ONE });
    await Promise.all([counter.flush(), other.stop()]);
    expect(await database.db.select().from(reachVisitors)).toHaveLength(1);
    expect((await database.db.select().from(reachDays))[0]!.pageViews).toBe(2);
  });

  it('stores neither the address nor the user agent anywhere in the database file', async () => {
    view(DAY_ONE);
    view(DAY_ONE, { kind: 'download', file: 'so-tay.pdf' });
    await counter.flush();
    const path = database.url.replace(/^file:/, '');
    const bytes = [path, `${path}-wal`]
      .filter(existsSync)
      .map((file) => readFileSync(file).toString('latin1'))
      .join('');
    expect(bytes).toContain('so-tay.pdf'); // the check can see what was written
    expect(bytes).not.toContain(ADDRESS);
    expect(bytes).not.toContain('iPhone');
  });
});

describe('batched writes', () => {
  it('writes nothing until a flush, then everything in one batch', async () => {
    view(DAY_ONE);
    view(DAY_ONE, { kind: 'download', file: 'so-tay.pdf' });
    view(DAY_ONE, { kind: 'download', file: 'so-tay.pdf', address: '198.51.100.9' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await database.db.select().from(reachVisitors)).toEqual([]);
    await counter.flush();
    expect(await database.db.select().from(reachVisitors)).toHaveLength(2);
    expect(await database.db.select().from(materialDownloads)).toEqual([
      { day: '2026-03-05', file: 'so-tay.pdf', count: 2 },
    ]);
    expect((await database.db.select().from(reachDays))[0]).toMatchObject({ pageViews: 1, downloads: 2 });
  });

  it('adds to what an earlier flush wrote, and writes the rest when stopped (shutdown)', async () => {
    view(DAY_ONE);
    await counter.flush();
    view(DAY_ONE);
    view(DAY_ONE, { address: '198.51.100.4' });
    await counter.stop();
    expect(await database.db.select().from(reachVisitors)).toHaveLength(2);
    expect((await database.db.select().from(reachDays))[0]!.pageViews).toBe(3);
  });
});

describe('daily summaries', () => {
  it("count a past day's hashes into its row, then delete the hashes and the old salts", async () => {
    await database.db.insert(listSubscribers).values({
      email: 'da-xac-nhan@example.vn',
      lang: 'vi',
      status: 'confirmed',
      unsubscribeToken: 'a'.repeat(43),
    });
    view(DAY_ONE);
    view(DAY_ONE, { address: '198.51.100.4' });
    view(DAY_TWO);
    await counter.flush();
    await summarizePastDays(database.db, DAY_TWO);
    expect(await database.db.select().from(reachDays).orderBy(reachDays.day)).toEqual([
      { day: '2026-03-05', visitors: 2, pageViews: 2, downloads: 0, subscribers: 1 },
      { day: '2026-03-06', visitors: null, pageViews: 1, downloads: 0, subscribers: null },
    ]);
    const left = await database.db.select().from(reachVisitors);
    expect(left.map((r) => r.day)).toEqual(['2026-03-06']);
    expect((await database.db.select().from(reachSalts)).map((r) => r.day)).toEqual(['2026-03-06']);
    // Running again changes nothing: the job is safe on every instance.
    await summarizePastDays(database.db, DAY_TWO);
    expect((await database.db.select().from(reachDays).orderBy(reachDays.day))[0]!.visitors).toBe(2);
    // The year's counts join summarised days and today's hashes.
    expect(await loadYearCounts(database.db, 2026)).toMatchObject({
      dailyVisitors: [2, 1],
      pageViews: 3,
      subscribersAtEnd: 1,
    });
  });
});

describe('the youth population and the reach target', () => {
  it('is entered by an admin only, validated, and replaces the earlier figure', async () => {
    const admin = await makeActor(database.db, 'admin');
    const now = new Date('2026-06-01T00:00:00Z');
    const input = { year: 2026, population: 1_000, source: 'Niên giám thống kê (thử)' };
    for (const role of ['officer', 'talent', 'employer'] as const)
      await expect(
        setYouthPopulation(database.db, await makeActor(database.db, role), input, now),
      ).rejects.toThrow(ForbiddenError);
    await expect(setYouthPopulation(database.db, null, input, now)).rejects.toThrow(ForbiddenError);
    const unverified = await makeActor(database.db, 'admin', { emailVerified: false });
    await expect(setYouthPopulation(database.db, unverified, input, now)).rejects.toThrow(ForbiddenError);
    for (const bad of [
      { year: 2021 },
      { year: 2028 },
      { population: 0 },
      { population: 1.5 },
      { source: ' x ' },
    ])
      await expect(setYouthPopulation(database.db, admin, { ...input, ...bad }, now)).rejects.toThrow(
        InvalidInputError,
      );
    expect(await database.db.select().from(youthPopulation)).toEqual([]);
    await setYouthPopulation(database.db, admin, { ...input, population: 2_000 }, now);
    await setYouthPopulation(database.db, admin, input, now);
    expect(await database.db.select().from(youthPopulation)).toMatchObject([
      { year: 2026, population: 1_000, updatedBy: admin.id },
    ]);
  });

  it('is computed from the days, the subscribers and the population', async () => {
    const admin = await makeActor(database.db, 'admin');
    await setYouthPopulation(
      database.db,
      admin,
      { year: 2026, population: 10, source: 'Số liệu thử' },
      DAY_TWO,
    );
    for (let i = 0; i < 4; i++) view(DAY_ONE, { address: `198.51.100.${i}` });
    for (let i = 0; i < 3; i++) view(DAY_TWO, { address: `198.51.100.${i}` });
    await counter.flush();
    await database.db.insert(listSubscribers).values([
      { email: 'a@example.vn', lang: 'vi', status: 'confirmed', unsubscribeToken: 'b'.repeat(43) },
      { email: 'b@example.vn', lang: 'vi', status: 'pending', unsubscribeToken: 'c'.repeat(43) },
    ]);
    const reach = await getReachTarget(database.db, 2026, 2026);
    expect(reach.figures).toMatchObject({
      visitors: 7,
      busiestDay: 4,
      subscribers: 1,
      population: 10,
      met: true,
    });
    expect(reach.figures.share.value).toBeCloseTo(0.8);
    expect(reach.figures.floor.value).toBeCloseTo(0.5);
    expect(reach.source).toBe('Số liệu thử');
    // Another year has no visits and no population: nothing to judge.
    expect((await getReachTarget(database.db, 2025, 2026)).figures).toMatchObject({ visitors: 0, met: null });
  });
});

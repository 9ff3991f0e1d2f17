import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import { type NewTalent, searchOutbox, talents } from '@db/schema';
import { seedReferenceData } from '../../../scripts/seed/index';
import { loadReferenceIds, type ReferenceIds } from '../../../scripts/seed/reference';
import type { TalentSearch } from '@/lib/search/types';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { drainSearchOutbox } from '@/lib/server/search/outbox';
import { startOutboxRelay } from '@/lib/server/search/relay';
import { syncTalentSearch } from '@/lib/server/search/sync';
import { defaultVisibility } from '@/lib/visibility';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { addListedTalent, changeTalent as changeTalentRow } from '../../support/talents';

/**
 * The outbox relays talent changes to an external engine. No Meilisearch server runs in tests, so
 * the target is a second real engine, the embedded one over its own database; "Meilisearch down" is
 * that engine with a failure injected in front of it.
 */
describe('search outbox', () => {
  const year = new Date().getFullYear();
  let source: TestDatabase;
  let target: TestDatabase;
  let db: Database;
  let ref: ReferenceIds;
  let engine: TalentSearch;
  const down = { value: false };

  /** The target engine, refusing connections while `down.value` is set. */
  const flaky: TalentSearch = {
    engine: 'meilisearch',
    index: async (documents) => (down.value ? refuse() : engine.index(documents)),
    remove: async (ids) => (down.value ? refuse() : engine.remove(ids)),
    search: async (query) => (down.value ? refuse() : engine.search(query)),
  };
  function refuse(): never {
    throw new Error('connect ECONNREFUSED 127.0.0.1:7700');
  }

  /** Names found on the target engine for a query. */
  const found = async (text: string) =>
    (await engine.search({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20 })).hits.map(
      (hit) => hit.fullName,
    );
  const outboxRow = async (talentId: number) =>
    (await db.select().from(searchOutbox).where(eq(searchOutbox.talentId, talentId)))[0];

  const addTalent = (fullName: string, shortBio = '') => addListedTalent(db, ref, fullName, shortBio, year);
  const changeTalent = (id: number, change: Partial<NewTalent>) => changeTalentRow(db, id, change);

  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase();
    db = source.db;
    await seedReferenceData(db);
    ref = await loadReferenceIds(db);
    engine = createEmbeddedSearch(target.db);
  });
  afterAll(() => {
    source?.dispose();
    target?.dispose();
  });

  let hai: number;

  it('records a change in the outbox within the transaction that made it', async () => {
    const before = Date.now();
    hai = await addTalent('Trịnh Công Hải', 'Kỹ sư điện tử');
    expect(await outboxRow(hai)).toEqual({
      talentId: hai,
      seq: 0,
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      queuedAt: expect.any(Number) as number,
    });
    expect((await outboxRow(hai))!.queuedAt).toBeGreaterThanOrEqual(before);

    let rolledBack = 0;
    const failing = db.transaction(async (tx) => {
      const [row] = await tx
        .insert(talents)
        .values({
          slug: 'bi-huy',
          fullName: 'Bị Hủy',
          birthYear: year - 20,
          discoveredYear: year,
          unitId: ref.rootUnitId,
          visibility: defaultVisibility(year - 20, year),
        })
        .returning({ id: talents.id });
      rolledBack = row!.id;
      await syncTalentSearch(tx, [rolledBack], { outbox: true });
      throw new Error('the change fails after the outbox write');
    });
    await expect(failing).rejects.toThrow('the change fails');
    expect(await outboxRow(rolledBack)).toBeUndefined();
  });

  it('keeps the row and backs off while the engine is down, then delivers and deletes it', async () => {
    down.value = true;
    const t0 = Date.now();
    expect(await drainSearchOutbox(db, flaky, { now: t0 })).toEqual({ delivered: 0, failed: 1 });
    const failed = await outboxRow(hai);
    expect(failed).toMatchObject({ seq: 0, attempts: 1, nextAttemptAt: t0 + 1000 });
    expect(failed?.lastError).toContain('ECONNREFUSED');

    // Not due yet: nothing is tried before the delay.
    expect(await drainSearchOutbox(db, flaky, { now: t0 + 999 })).toEqual({ delivered: 0, failed: 0 });
    // Due and still down: the delay doubles.
    expect(await drainSearchOutbox(db, flaky, { now: t0 + 1000 })).toEqual({ delivered: 0, failed: 1 });
    expect(await outboxRow(hai)).toMatchObject({ attempts: 2, nextAttemptAt: t0 + 1000 + 2000 });

    down.value = false;
    expect(await found('Hải')).toEqual([]);
    expect(await drainSearchOutbox(db, flaky, { now: t0 + 3000 })).toEqual({ delivered: 1, failed: 0 });
    expect(await outboxRow(hai)).toBeUndefined();
    expect(await found('Hải')).toEqual(['Trịnh Công Hải']);
    expect(await found('dien tu')).toEqual(['Trịnh Công Hải']);
  });

  it('removes from the target a talent made private or returned to draft', async () => {
    const ngoc = await addTalent('Lâm Thị Bích Ngọc');
    const tai = await addTalent('Quách Văn Tài');
    expect(await drainSearchOutbox(db, flaky)).toEqual({ delivered: 2, failed: 0 });
    expect(await found('Ngọc')).toEqual(['Lâm Thị Bích Ngọc']);
    expect(await found('Tài')).toEqual(['Quách Văn Tài']);

    await changeTalent(ngoc, { visibility: { ...defaultVisibility(year - 27, year), profile: 'private' } });
    await changeTalent(tai, { status: 'draft' });
    expect(await drainSearchOutbox(db, flaky)).toEqual({ delivered: 2, failed: 0 });
    expect(await found('Ngọc')).toEqual([]);
    expect(await found('Tài')).toEqual([]);
    expect(await db.select().from(searchOutbox)).toEqual([]);
  });

  it('keeps the row of a change made while its talent was being delivered', async () => {
    const tuan = await addTalent('Kiều Minh Tuấn', 'Kỹ sư thủy lợi');
    const before = (await outboxRow(tuan))!.seq;
    // The talent changes after the drain built its document and before the drain deletes the row.
    const racing: TalentSearch = {
      ...flaky,
      index: async (documents) => {
        await changeTalent(tuan, { shortBio: 'Kiến trúc sư cảnh quan' });
        await engine.index(documents);
      },
    };
    await drainSearchOutbox(db, racing);
    expect((await outboxRow(tuan))!.seq).toBeGreaterThan(before);
    expect(await found('thuy loi')).toEqual(['Kiều Minh Tuấn']); // the older document arrived

    expect(await drainSearchOutbox(db, flaky)).toEqual({ delivered: 1, failed: 0 });
    expect(await outboxRow(tuan)).toBeUndefined();
    expect(await found('canh quan')).toEqual(['Kiều Minh Tuấn']);
    expect(await found('thuy loi')).toEqual([]);
  });

  it('queues a change again when another relay delivered it before our older document arrived', async () => {
    const lan = await addTalent('Tạ Ngọc Lan', 'Giáo viên vật lý');
    // Another process's relay delivers the newer change, and deletes its row, while ours is in flight.
    const racing: TalentSearch = {
      ...flaky,
      index: async (documents) => {
        await changeTalent(lan, { shortBio: 'Giáo viên hóa học' });
        await drainSearchOutbox(db, flaky);
        await engine.index(documents);
      },
    };
    await drainSearchOutbox(db, racing);
    expect(await found('vat ly')).toEqual(['Tạ Ngọc Lan']); // stale for now…
    expect(await outboxRow(lan)).toBeDefined(); // …but queued again

    expect(await drainSearchOutbox(db, flaky)).toEqual({ delivered: 1, failed: 0 });
    expect(await found('hoa hoc')).toEqual(['Tạ Ngọc Lan']);
    expect(await found('vat ly')).toEqual([]);
    expect(await db.select().from(searchOutbox)).toEqual([]);
  });

  it('relays on a timer, alerts once when the oldest change is 10 min old, and once more on recovery', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const infos = vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const thu = await addTalent('Ông Văn Thứ');
      let clock = Date.now();
      down.value = true;
      const stop = startOutboxRelay(db, flaky, { intervalMs: 1000, now: () => clock });
      let attempts = 0;
      const tick = async () => {
        await vi.advanceTimersByTimeAsync(1000);
        await vi.waitFor(async () => expect((await outboxRow(thu))?.attempts ?? 0).toBeGreaterThan(attempts));
      };
      await tick();
      expect(errors).not.toHaveBeenCalled(); // failing, but not for long

      clock += 11 * 60_000;
      attempts = 1;
      await tick();
      await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
      expect(errors.mock.calls[0]![0]).toMatch(
        /ALERT: 1 change\(s\) waiting, the oldest for 11 min.*ECONNREFUSED/,
      );

      clock += 10 * 60_000;
      attempts = 2;
      await tick();
      expect(errors).toHaveBeenCalledTimes(1); // still failing: no second alert

      down.value = false;
      clock += 10 * 60_000;
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(async () => expect(await outboxRow(thu)).toBeUndefined());
      await vi.waitFor(() => expect(infos).toHaveBeenCalledWith(expect.stringContaining('recovered')));
      stop();
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
      down.value = false;
    }
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchDocuments, searchSnapshot, talents } from '@db/schema';
import { seedDemoData, seedReferenceData } from '../../../scripts/seed';
import type { SearchQuery, TalentSearch } from '@/lib/search/types';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { saveFacetSnapshot } from '@/lib/server/search/embedded/snapshot';
import { rebuildEmbeddedIndex, syncTalentSearch } from '@/lib/server/search/sync';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { observedDatabase } from '../../support/observed-database';

const queries: SearchQuery[] = [
  { text: '', filters: {}, sort: 'relevance', page: 1, perPage: 20 },
  { text: '', filters: {}, sort: 'name', page: 1, perPage: 20 },
  { text: '', filters: {}, sort: 'name', page: 3, perPage: 20 },
  {
    text: '',
    filters: { field: ['tin-hoc-lap-trinh'], honourYear: ['2025'] },
    sort: 'honour',
    page: 1,
    perPage: 20,
  },
  { text: 'nguyen', filters: { ageBand: ['25-30'] }, sort: 'relevance', page: 1, perPage: 20 },
];

describe('a new process starts from the saved snapshot', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedReferenceData(database.db);
    await seedDemoData(database.db);
    await rebuildEmbeddedIndex(database.db);
  }, 60_000);
  afterAll(() => database.dispose());

  const answers = (engine: TalentSearch) => Promise.all(queries.map((q) => engine.search(q)));

  /** The test database through a client that counts the document rows its statements read. */
  let documentRows = 0;
  const counted = () =>
    observedDatabase(database.db, (statement, result) => {
      if (/json_group_array/.test(statement.sql))
        documentRows += (
          JSON.parse(String((result.rows[0]?.rows as string | undefined) ?? '[]')) as unknown[]
        ).length;
    });

  /** Document rows the engine's first search reads from the database. */
  async function rowsReadByFirstSearch(engine: TalentSearch) {
    documentRows = 0;
    await engine.search(queries[0]!);
    return documentRows;
  }

  it('reads no document at all when nothing changed since the save, even after a rebuild', async () => {
    const { db } = database;
    // A rebuild writes documents in batches of one change number each; the last batch, listed
    // talents only here, is in the saved copy like the others.
    await rebuildEmbeddedIndex(db);
    const listed = await db
      .select({ id: searchDocuments.talentId })
      .from(searchDocuments)
      .where(eq(searchDocuments.listed, true));
    await db.transaction((tx) =>
      syncTalentSearch(
        tx,
        listed.map((row) => row.id),
        { outbox: false },
      ),
    );
    await saveFacetSnapshot(db);
    expect(await rowsReadByFirstSearch(createEmbeddedSearch(counted()))).toBe(0);
  });

  it('answers as one that read every document, reading only what changed since the save', async () => {
    const { db } = database;
    const saved = await saveFacetSnapshot(db);
    expect(saved.talents).toBeGreaterThan(200);

    // A change after the save: the next process must see it.
    const [duc] = await db.select().from(talents).where(eq(talents.slug, 'nguyen-van-duc'));
    await db.transaction(async (tx) => {
      await tx.update(talents).set({ status: 'draft' }).where(eq(talents.id, duc!.id));
      await syncTalentSearch(tx, [duc!.id], { outbox: false });
    });

    const restored = createEmbeddedSearch(counted());
    expect(await rowsReadByFirstSearch(restored)).toBe(1);
    const fromScratch = createEmbeddedSearch(counted());
    await db.delete(searchSnapshot);
    expect(await rowsReadByFirstSearch(fromScratch)).toBeGreaterThan(200);

    expect(await answers(restored)).toEqual(await answers(fromScratch));
    expect(
      (await restored.search({ ...queries[0]!, text: 'nguyen van duc' })).hits.map((h) => h.slug),
    ).not.toContain('nguyen-van-duc');
  });

  it('keeps its orders right through changes, as a process that sorted everything afresh', async () => {
    const { db } = database;
    const running = createEmbeddedSearch(db);
    await answers(running);
    const some = await db.select().from(talents).where(eq(talents.status, 'verified')).limit(6);
    await db.transaction(async (tx) => {
      for (const [i, talent] of some.entries()) {
        await tx
          .update(talents)
          .set(i < 4 ? { fullName: `Âu Văn ${'ABCD'[i]}` } : { status: 'draft' })
          .where(eq(talents.id, talent.id));
      }
      await syncTalentSearch(
        tx,
        some.map((t) => t.id),
        { outbox: false },
      );
    });
    await db.delete(searchSnapshot);
    expect(await answers(running)).toEqual(await answers(createEmbeddedSearch(db)));
  });

  it('searches text with the terms saved beside the snapshot, and reads them again only after a change', async () => {
    const { db } = database;
    await saveFacetSnapshot(db);
    let termReads = 0;
    const watched = observedDatabase(db, (statement) => {
      if (/search_vocab/.test(statement.sql)) termReads += 1;
    });
    // "nguyenn" is one typo away from "nguyen": only the terms can say so.
    const typo = { ...queries[0]!, text: 'nguyenn van' };
    const restored = createEmbeddedSearch(watched);
    const fromScratch = createEmbeddedSearch(db);
    const answer = await restored.search(typo);
    expect(answer.total).toBeGreaterThan(0);
    expect(answer).toEqual(await fromScratch.search(typo));
    expect(termReads).toBe(0);

    vi.useFakeTimers({ now: Date.now() + 2 * 60_000, toFake: ['Date'] });
    try {
      await restored.search(typo);
      expect(termReads).toBe(0); // a minute on, but nothing changed
      const [someone] = await db.select({ id: talents.id }).from(talents).limit(1);
      await db.transaction((tx) => syncTalentSearch(tx, [someone!.id], { outbox: false }));
      await restored.search(typo);
      await vi.waitFor(() => expect(termReads).toBe(1)); // read in the background
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a saved copy newer than the database (restored from an older backup)', async () => {
    const { db } = database;
    await saveFacetSnapshot(db);
    await db.update(searchSnapshot).set({ seq: sql`${searchSnapshot.seq} + 1000` });
    const engine = createEmbeddedSearch(counted());
    expect(await rowsReadByFirstSearch(engine)).toBeGreaterThan(200);
  });
});

import type { InStatement } from '@libsql/client';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSnapshot, talents } from '@db/schema';
import { seedDemoData, seedReferenceData } from '../../../scripts/seed';
import type { SearchQuery, TalentSearch } from '@/lib/search/types';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { saveFacetSnapshot } from '@/lib/server/search/embedded/snapshot';
import { rebuildEmbeddedIndex, syncTalentSearch } from '@/lib/server/search/sync';
import { createTestDatabase, type TestDatabase } from '../../support/database';

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
  });
  afterAll(() => database.dispose());

  const answers = (engine: TalentSearch) => Promise.all(queries.map((q) => engine.search(q)));

  /** Document rows the engine's first search reads from the database. */
  async function rowsReadByFirstSearch(engine: TalentSearch) {
    const client = database.db.$client;
    const execute = client.execute.bind(client);
    let rows = 0;
    client.execute = async (statement: InStatement) => {
      const result = await execute(statement);
      const text = typeof statement === 'string' ? statement : statement.sql;
      if (/json_group_array/.test(text))
        rows += (JSON.parse(String((result.rows[0]?.rows as string | undefined) ?? '[]')) as unknown[])
          .length;
      return result;
    };
    try {
      await engine.search(queries[0]!);
    } finally {
      client.execute = execute;
    }
    return rows;
  }

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

    const restored = createEmbeddedSearch(db);
    expect(await rowsReadByFirstSearch(restored)).toBe(1);
    const fromScratch = createEmbeddedSearch(db);
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

  it('ignores a saved copy newer than the database (restored from an older backup)', async () => {
    const { db } = database;
    await saveFacetSnapshot(db);
    await db.update(searchSnapshot).set({ seq: sql`${searchSnapshot.seq} + 1000` });
    const engine = createEmbeddedSearch(db);
    expect(await rowsReadByFirstSearch(engine)).toBeGreaterThan(200);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talents } from '@db/schema';
import type { SearchQuery } from '@/lib/search/types';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { syncTalentSearch } from '@/lib/server/search/sync';
import { copySeededDatabase, type TestDatabase } from '../../support/database';

const query = (text: string): SearchQuery => ({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20 });

describe('the embedded index changes with the data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = copySeededDatabase();
  });
  afterAll(() => database.dispose());

  it('in the same transaction, and every app instance sees it on its next search', async () => {
    const { db } = database;
    // Two engines over one database stand for two app instances behind a proxy.
    const first = createEmbeddedSearch(db);
    const second = createEmbeddedSearch(db);
    const [duc] = await db.select().from(talents).where(eq(talents.slug, 'nguyen-van-duc'));
    expect((await first.search(query('nguyen van duc'))).hits[0]?.slug).toBe('nguyen-van-duc');
    expect((await second.search(query('nguyen van duc'))).total).toBeGreaterThan(0);

    await db.transaction(async (tx) => {
      await tx.update(talents).set({ fullName: 'Nguyễn Văn Đức Hiếu' }).where(eq(talents.id, duc!.id));
      await syncTalentSearch(tx, [duc!.id], { outbox: false });
    });
    const named = async (engine: typeof first) =>
      (await engine.search(query('nguyen van duc hieu'))).hits.filter(
        (h) => h.fullName === 'Nguyễn Văn Đức Hiếu',
      ).length;
    expect(await named(second)).toBe(1);

    await expect(
      db.transaction(async (tx) => {
        await tx.update(talents).set({ status: 'draft' }).where(eq(talents.id, duc!.id));
        await syncTalentSearch(tx, [duc!.id], { outbox: false });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await named(first)).toBe(1);

    await db.transaction(async (tx) => {
      await tx.update(talents).set({ status: 'draft' }).where(eq(talents.id, duc!.id));
      await syncTalentSearch(tx, [duc!.id], { outbox: false });
    });
    expect(await named(first)).toBe(0);
    expect(await named(second)).toBe(0);
  });
});

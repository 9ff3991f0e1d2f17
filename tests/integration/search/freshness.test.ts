import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talents } from '@db/schema';
import type { SearchQuery } from '@/lib/search/types';
import { foldVietnamese } from '@/lib/vietnamese';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { syncTalentSearch } from '@/lib/server/search/sync';
import { copySeededDatabase, type TestDatabase } from '../../support/database';
import { EXACT_NAME_EXAMPLE, exampleSlug } from '../../../scripts/seed';

const query = (text: string): SearchQuery => ({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20 });

describe('the embedded index changes with the data', () => {
  let database: TestDatabase;
  beforeAll(() => {
    database = copySeededDatabase();
  });
  afterAll(() => database.dispose());

  it('in the same transaction, and every app instance sees it on its next search', async () => {
    const { db } = database;
    // Two engines over one database stand for two app instances behind a proxy.
    const first = createEmbeddedSearch(db);
    const second = createEmbeddedSearch(db);
    const slug = exampleSlug(EXACT_NAME_EXAMPLE);
    const typed = foldVietnamese(EXACT_NAME_EXAMPLE.fullName);
    const renamed = `${EXACT_NAME_EXAMPLE.fullName} Hiếu`;
    const [duc] = await db.select().from(talents).where(eq(talents.slug, slug));
    expect((await first.search(query(typed))).hits[0]?.slug).toBe(slug);
    expect((await second.search(query(typed))).total).toBeGreaterThan(0);

    await db.transaction(async (tx) => {
      await tx.update(talents).set({ fullName: renamed }).where(eq(talents.id, duc!.id));
      await syncTalentSearch(tx, [duc!.id], { outbox: false });
    });
    const named = async (engine: typeof first) =>
      (await engine.search(query(foldVietnamese(renamed)))).hits.filter((h) => h.fullName === renamed).length;
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

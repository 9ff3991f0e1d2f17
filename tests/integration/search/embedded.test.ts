import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { describeSearchContract } from './contract';
import { fixtures } from './fixtures';

const databases: TestDatabase[] = [];
afterAll(() => databases.forEach((d) => d.dispose()));

async function embeddedEngine() {
  const database = await createTestDatabase();
  databases.push(database);
  return createEmbeddedSearch(database.db);
}

describeSearchContract('embedded (SQLite FTS5)', embeddedEngine);

describe('embedded engine: accents', () => {
  it('ranks exact-accent matches first for an accented query', async () => {
    const engine = await embeddedEngine();
    await engine.index(fixtures);
    const search = (text: string) =>
      engine.search({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20 });
    expect((await search('Đường')).hits.map((h) => h.fullName)).toEqual(['Đường Thị Mai', 'Dương Minh Khoa']);
    expect((await search('Dương')).hits.map((h) => h.fullName)).toEqual(['Dương Minh Khoa', 'Đường Thị Mai']);
  });
});

describe('embedded engine: relevance tiers', () => {
  it('ranks name matches, then award matches, then the rest, whatever their standing, on every page', async () => {
    const engine = await embeddedEngine();
    const base = fixtures[7]!;
    await engine.index([
      {
        ...base,
        id: 101,
        slug: 'bio',
        fullName: 'Lâm Thị Bio',
        shortBio: 'Mê sen hồng',
        latestHonourYear: 2025,
        honourYears: [2025],
      },
      {
        ...base,
        id: 102,
        slug: 'award',
        fullName: 'Tạ Văn Giải',
        awards: ['Giải Sen Vàng'],
        latestHonourYear: null,
      },
      { ...base, id: 103, slug: 'name', fullName: 'Nguyễn Sen', latestHonourYear: null },
    ]);
    const page = async (n: number) =>
      (await engine.search({ text: 'sen', filters: {}, sort: 'relevance', page: n, perPage: 1 })).hits.map(
        (h) => h.slug,
      );
    expect([...(await page(1)), ...(await page(2)), ...(await page(3))]).toEqual(['name', 'award', 'bio']);
  });
});

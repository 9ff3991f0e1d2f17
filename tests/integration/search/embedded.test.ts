import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedSearch } from '../../../src/lib/server/search/embedded/engine';
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
    const search = (text: string) => engine.search({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20 });
    expect((await search('Đường')).hits.map((h) => h.fullName)).toEqual(['Đường Thị Mai', 'Dương Minh Khoa']);
    expect((await search('Dương')).hits.map((h) => h.fullName)).toEqual(['Dương Minh Khoa', 'Đường Thị Mai']);
  });
});

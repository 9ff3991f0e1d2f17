import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchFilters, SearchQuery, SearchResult, TalentSearch } from '@/lib/search/types';
import { oneWaySynonyms, synonymGroups } from '@/lib/search/synonyms';
import { compareVietnameseNames } from '@/lib/vietnamese';
import { fixtures } from './fixtures';

/**
 * The behaviour every directory engine must show, run against the embedded engine in `npm test` and
 * against Meilisearch when MEILISEARCH_URL is set. `makeEngine` returns an engine over an empty index.
 */
export function describeSearchContract(name: string, makeEngine: () => Promise<TalentSearch>) {
  describe(`${name}: the directory search contract`, () => {
    let engine: TalentSearch;
    const search = (text: string, more: Partial<SearchQuery> = {}): Promise<SearchResult> =>
      engine.search({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20, ...more });
    const names = (result: SearchResult) => result.hits.map((hit) => hit.fullName);
    const count = (result: SearchResult, facet: keyof SearchFilters, value: string) =>
      result.facets[facet].find((v) => v.value === value)?.count ?? 0;

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.index(fixtures);
    });

    it('finds a name typed without accents, đ read as d', async () => {
      const result = await search('nguyen van duc');
      expect(names(result)[0]).toBe('Nguyễn Văn Đức');
      expect(names(await search('duc'))).toContain('Nguyễn Văn Đức');
    });

    it('matches the last word as a prefix while typing', async () => {
      expect(names(await search('nguy'))).toContain('Nguyễn Văn Đức');
      expect(names(await search('olympic tin h'))).toEqual(['Dương Minh Khoa']);
    });

    it('forgives one typo from 5 letters and two from 9, none below 5', async () => {
      expect(names(await search('nguyeen'))).toContain('Nguyễn Văn Đức');
      expect(names(await search('prgrammnig'))).toContain('Lê Hoàng Phúc');
      expect((await search('khao')).total).toBe(0);
    });

    it('searches achievements, award names, fields, unit and bio', async () => {
      expect(names(await search('olympic'))).toEqual(['Dương Minh Khoa']);
      expect(names(await search('tri ton'))).toEqual(['Chau Sóc Phol']);
      expect(names(await search('nong san'))).toEqual(['Đường Thị Mai']);
      expect(names(await search('culture arts')).sort()).toEqual([
        'Chau Sóc Phol',
        'Huỳnh Gia Bảo',
        'Trần Thị Lan',
      ]);
    });

    it('finds the informatics field by CNTT, IT and their long forms, as the search hint promises', async () => {
      const informatics = fixtures
        .filter((doc) => doc.fields.includes('tin-hoc-lap-trinh'))
        .map((doc) => doc.fullName)
        .sort();
      expect(informatics).toHaveLength(4);
      for (const text of ['CNTT', 'cntt', 'IT', 'công nghệ thông tin', 'cong nghe thong tin']) {
        expect(names(await search(text)).sort(), text).toEqual(informatics);
      }
      expect(names(await search('QCV'))).toEqual(['Chau Sóc Phol']);
      expect(names(await search('SV5T'))).toEqual(['Trần Thị Lan']);
      expect(names(await search('AI'))).toEqual(['Nguyễn Văn Đức']);
    });

    it('knows every synonym and abbreviation in every direction', async () => {
      // One talent per member, found by every member of its group.
      const extra = synonymGroups.flatMap((group, g) =>
        group.map((member, m) => ({
          ...fixtures[7]!,
          id: 1000 + g * 10 + m,
          slug: `synonym-${g}-${m}`,
          fullName: `Thử Nghiệm ${g} ${m}`,
          awards: [`Danh hiệu ${member}`],
        })),
      );
      await engine.index(extra);
      try {
        for (const [g, group] of synonymGroups.entries()) {
          const slugs = group.map((_, m) => `synonym-${g}-${m}`);
          const abbreviations = Object.keys(oneWaySynonyms).filter((a) => group.includes(oneWaySynonyms[a]!));
          for (const text of [...group, ...abbreviations]) {
            const found = (await search(text, { perPage: 50 })).hits.map((hit) => hit.slug);
            expect(found, text).toEqual(expect.arrayContaining(slugs));
          }
        }
      } finally {
        await engine.remove(extra.map((doc) => doc.id));
      }
    });

    it('does not pull everyday words into a group: "ít" and "ai" are not IT or AI', async () => {
      const plain = {
        ...fixtures[7]!,
        id: 2000,
        slug: 'plain',
        fullName: 'Lý Thị Hiền',
        shortBio: 'Ít nói nhưng ai cũng quý.',
      };
      await engine.index([plain]);
      try {
        expect(names(await search('CNTT'))).not.toContain(plain.fullName);
        expect(names(await search('trí tuệ nhân tạo'))).not.toContain(plain.fullName);
      } finally {
        await engine.remove([plain.id]);
      }
    });

    it('finds a name typed without spaces', async () => {
      expect(names(await search('nguyenvanduc'))[0]).toBe('Nguyễn Văn Đức');
      expect(names(await search('NguyenVanDuc'))[0]).toBe('Nguyễn Văn Đức');
      expect(names(await search('vanduc'))).toContain('Nguyễn Văn Đức');
      expect(names(await search('chausocphol'))).toEqual(['Chau Sóc Phol']);
    });

    it('marks matched words and escapes everything else', async () => {
      const [hit] = (await search('duc')).hits;
      expect(hit?.highlighted.fullName).toBe('Nguyễn Văn <mark>Đức</mark>');
      const [escaped] = (await search('kiem tra')).hits;
      expect(escaped?.highlighted.shortBio).not.toContain('<script>');
      expect(escaped?.highlighted.shortBio).toContain('&lt;script&gt;');
      expect(escaped?.highlighted.shortBio).toContain('<mark>kiểm</mark>');
    });

    it('combines filters: OR within a facet, AND across facets', async () => {
      const either = await search('', { filters: { unit: ['huyen-doan-an-phu', 'huyen-doan-cho-moi'] } });
      expect(either.total).toBe(4);
      const both = await search('', {
        filters: { unit: ['huyen-doan-an-phu', 'huyen-doan-cho-moi'], field: ['van-hoa-nghe-thuat'] },
      });
      expect(names(both).sort()).toEqual(['Huỳnh Gia Bảo', 'Trần Thị Lan']);
      expect((await search('', { filters: { open: ['yes'] } })).total).toBe(2);
      expect((await search('', { filters: { honourYear: ['2022'] } })).total).toBe(1);
      expect((await search('', { filters: { level: ['national'], place: ['elsewhere_vn'] } })).total).toBe(1);
    });

    it('counts facets, each ignoring its own selection', async () => {
      const all = await search('');
      expect(all.total).toBe(fixtures.length);
      expect(count(all, 'field', 'tin-hoc-lap-trinh')).toBe(4);
      expect(count(all, 'level', 'national')).toBe(3);
      expect(count(all, 'honourYear', '2024')).toBe(1);
      expect(count(all, 'ageBand', '16-18')).toBe(1);
      expect(count(all, 'ageBand', '31-35')).toBe(1);
      expect(count(all, 'place', 'abroad')).toBe(1);
      const picked = await search('', { filters: { field: ['van-hoa-nghe-thuat'] } });
      expect(picked.total).toBe(3);
      expect(count(picked, 'field', 'tin-hoc-lap-trinh')).toBe(4);
      expect(count(picked, 'unit', 'huyen-doan-cho-moi')).toBe(1);
    });

    it('sorts by Vietnamese name order and by newest honour', async () => {
      const byName = names(await search('', { sort: 'name' }));
      expect(byName).toEqual([...byName].sort(compareVietnameseNames));
      const byHonour = names(await search('', { sort: 'honour' }));
      expect(byHonour.slice(0, 3)).toEqual(['Trần Thị Lan', 'Nguyễn Văn Đức', 'Đường Thị Mai']);
    });

    it('pages through results with a total', async () => {
      const first = await search('', { sort: 'name', perPage: 4 });
      const third = await search('', { sort: 'name', perPage: 4, page: 3 });
      expect(first.total).toBe(fixtures.length);
      expect(first.totalPages).toBe(3);
      expect(first.hits).toHaveLength(4);
      expect(third.hits).toHaveLength(1);
      expect((await search('', { sort: 'name', perPage: 4, page: 9 })).hits).toEqual([]);
    });

    it('replaces a document on index and forgets it on remove', async () => {
      const renamed = { ...fixtures[6]!, fullName: 'Võ Thị Ánh Hồng' };
      await engine.index([renamed]);
      expect(names(await search('hong'))).toEqual(['Võ Thị Ánh Hồng']);
      await engine.remove([renamed.id, 999_999]);
      expect((await search('hong')).total).toBe(0);
      expect((await search('')).total).toBe(fixtures.length - 1);
      await engine.index([fixtures[6]!]);
    });

    it('answers odd queries without failing', async () => {
      for (const text of [
        '"',
        "'; DROP TABLE talents; --",
        'NEAR(',
        '*',
        '🙂',
        'a'.repeat(200),
        '\u0000\u200b',
        'AND OR NOT',
      ]) {
        const result = await search(text);
        expect(result.page).toBe(1);
      }
    });
  });
}

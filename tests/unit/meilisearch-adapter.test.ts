import { describe, expect, it } from 'vitest';
import { facetFilters, facetLists } from '@/lib/server/search/meilisearch/filters';
import { toHighlightedHit } from '@/lib/server/search/meilisearch/highlight';
import {
  fromMeilisearchDocument,
  meilisearchSynonyms,
  nameSortKey,
  toMeilisearchDocument,
} from '@/lib/server/search/meilisearch/settings';
import type { SearchQuery } from '@/lib/search/types';
import { compareVietnameseNames } from '@/lib/vietnamese';
import { fixtures } from '../integration/search/fixtures';

// What the Meilisearch adapter builds for the server, checked without one (none can run here).
describe('Meilisearch filters', () => {
  it('OR within a facet, AND across facets, and leave one facet out for its own counts', () => {
    const { active, without } = facetFilters({ unit: ['a', 'b'], open: ['yes'], honourYear: ['2024'] }, 2026);
    expect(active).toEqual(['unit', 'honourYear', 'open']);
    expect(without(null).filter).toEqual([
      '(unitSlug = "a" OR unitSlug = "b")',
      '(honourYears = 2024)',
      '(open = true)',
    ]);
    expect(without('unit').filter).toEqual(['(honourYears = 2024)', '(open = true)']);
    expect(facetFilters({}, 2026).without(null)).toEqual({});
  });

  it('turn age bands into birth-year ranges of the current year', () => {
    expect(facetFilters({ ageBand: ['16-18', '36+'] }, 2026).without(null).filter).toEqual([
      '(birthYear 2008 TO 2010 OR birthYear <= 1990)',
    ]);
  });

  it('quote values and never let one break out of its quotes', () => {
    expect(facetFilters({ field: ['a"b'] }, 2026).without(null).filter).toEqual(['(fields = "a\\"b")']);
    expect(facetFilters({ field: ['a\\" OR 1=1'] }, 2026).without(null).filter).toEqual(['birthYear < 0']);
  });
});

describe('Meilisearch facet counts', () => {
  it('count birth years into age bands, map open to yes and keep selected values at zero', () => {
    const query: SearchQuery = {
      text: '',
      filters: { place: ['abroad'] },
      sort: 'relevance',
      page: 1,
      perPage: 20,
    };
    const distributions: Record<string, Record<string, number>> = {
      ageBand: { '2009': 2, '2008': 1, '2000': 4 },
      open: { true: 3, false: 9 },
      honourYear: { '2023': 1, '2025': 2 },
    };
    const lists = facetLists(query, (name) => distributions[name] ?? {}, 2026);
    expect(lists.ageBand).toEqual([
      { value: '16-18', count: 3 },
      { value: '25-30', count: 4 },
    ]);
    expect(lists.open).toEqual([{ value: 'yes', count: 3 }]);
    expect(lists.honourYear.map((v) => v.value)).toEqual(['2025', '2023']);
    expect(lists.place).toEqual([{ value: 'abroad', count: 0 }]);
  });
});

describe('Meilisearch documents and settings', () => {
  it('sort keys keep Vietnamese name order through Meilisearch’s lower-casing', () => {
    const names = fixtures.map((d) => d.fullName);
    const byKey = [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...names].sort(compareVietnameseNames));
    for (const name of names) expect(nameSortKey(name)).toBe(nameSortKey(name).toLowerCase());
  });

  it('round-trip a document and carry its synonyms', () => {
    const doc = fixtures.find((d) => d.fullName === 'Lê Hoàng Phúc')!;
    const stored = toMeilisearchDocument(doc);
    expect(stored.synonymText).toContain('cong nghe thong tin');
    expect(fromMeilisearchDocument(stored)).toEqual(doc);
  });

  it('map every synonym to the others, written and folded', () => {
    const synonyms = meilisearchSynonyms([['CNTT', 'công nghệ thông tin']]);
    expect(synonyms.cntt).toEqual(expect.arrayContaining(['công nghệ thông tin', 'cong nghe thong tin']));
    expect(synonyms['cong nghe thong tin']).toEqual(['cntt']);
  });
});

describe('Meilisearch highlighting', () => {
  it('marks what Meilisearch marked and escapes everything else', () => {
    const doc = toMeilisearchDocument({ ...fixtures[0]!, shortBio: 'Đức <b>giỏi</b> & chăm' });
    const hit = toHighlightedHit(
      {
        ...doc,
        _formatted: {
          fullName: 'Nguyễn Văn \u0001Đứ\u0002c',
          shortBio: '\u0001Đức\u0002 <b>giỏi</b> & chăm',
        },
      },
      'duc',
    );
    expect(hit.highlighted.fullName).toBe('Nguyễn Văn <mark>Đức</mark>');
    expect(hit.highlighted.shortBio).toBe('<mark>Đức</mark> &lt;b&gt;giỏi&lt;/b&gt; &amp; chăm');
  });
});

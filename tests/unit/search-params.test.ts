import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchParamsOf, staticFacetValues } from '@/lib/search/params';

const allowed = staticFacetValues(['tin-hoc-lap-trinh', 'the-thao'], ['thanh-doan-long-xuyen']);
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), allowed);

describe('reading the directory URL', () => {
  it('reads text, repeated facet values, sort and page', () => {
    const { query, problems } = parse(
      'q=nguyen+van+duc&field=tin-hoc-lap-trinh&field=the-thao&open=yes&sort=name&page=2',
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      text: 'nguyen van duc',
      filters: { field: ['tin-hoc-lap-trinh', 'the-thao'], open: ['yes'] },
      sort: 'name',
      page: 2,
      perPage: 20,
    });
  });

  it('drops what it cannot use and says why', () => {
    const { query, problems } = parse(`q=${'x'.repeat(300)}&field=bogus&level=galactic&sort=random&page=-3`);
    expect(query.text).toHaveLength(200);
    expect(query.filters).toEqual({});
    expect(query.sort).toBe('relevance');
    expect(query.page).toBe(1);
    expect(problems.map((p) => p.kind)).toEqual(['tooLong', 'badValue', 'badValue', 'badSort', 'badPage']);
  });

  it('cleans odd Unicode out of the text', () => {
    expect(parse('q=%E2%80%8Bnguy%00%E1%BB%85n%20%20').query.text).toBe('nguy ễn');
    expect(parse('q=Nguye%CC%82%CC%83n').query.text).toBe('Nguyễn');
  });

  it('writes a query back to a short URL', () => {
    const { query } = parse('q=duc&unit=thanh-doan-long-xuyen&page=1&sort=relevance');
    expect(searchParamsOf(query).toString()).toBe('q=duc&unit=thanh-doan-long-xuyen');
  });
});

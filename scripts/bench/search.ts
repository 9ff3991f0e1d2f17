/**
 * `npm run bench:search [-- --count N --runs R]`: seeds N synthetic talents (default 100,000) into
 * a temporary database, rebuilds the embedded index, then prints p50/p95/p99 latency of the query
 * shapes the directory sees, facet counts included. A benchmark prints figures; it asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { seedReferenceData, seedSyntheticData } from '../seed';
import type { SearchQuery } from '@/lib/search/types';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { percentile } from './one-at-a-time';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '100000' }, runs: { type: 'string', default: '40' } },
});
const count = Number(values.count);
const runs = Number(values.runs);

const shapes: [string, Partial<SearchQuery>][] = [
  ['one word', { text: 'nguyen' }],
  ['accent-free full name', { text: 'nguyen van duc' }],
  ['accented name', { text: 'Nguyễn Thị Mai' }],
  ['accented, exact-accent first', { text: 'Đường' }],
  ['typo (1 in 5+ letters)', { text: 'nguyeen' }],
  ['typo (2 in 9+ letters)', { text: 'olympicc tinn' }],
  ['prefix while typing', { text: 'ngu' }],
  ['two words, last a prefix', { text: 'tran thi h' }],
  ['broad: "tin hoc"', { text: 'tin hoc' }],
  ['broad: "giai nhat"', { text: 'giai nhat' }],
  ['abbreviation SV5T', { text: 'SV5T' }],
  ['award name', { text: 'qua cau vang' }],
  [
    'word + 3 facets',
    {
      text: 'nguyen',
      filters: { field: ['tin-hoc-lap-trinh'], level: ['national', 'provincial'], place: ['in_province'] },
    },
  ],
  ['empty query, no facets', { text: '' }],
  [
    'empty query, 3 facets',
    { text: '', filters: { unit: ['doan-xa-cho-moi'], ageBand: ['19-24', '25-30'], open: ['yes'] } },
  ],
  ['empty query, sort by name', { text: '', sort: 'name' }],
  ['sort by newest honour', { text: '', sort: 'honour' }],
  ['deep page (200)', { text: '', page: 200 }],
  ['no match', { text: 'zzzzqqq' }],
];

const dir = mkdtempSync(join(tmpdir(), 'tntag-bench-'));
const url = `file:${join(dir, 'bench.db')}`;
try {
  const db = openDatabase(url);
  await migrateDatabase(db, url);
  await seedReferenceData(db);
  let started = performance.now();
  await seedSyntheticData(db, count);
  console.log(
    `Seeded ${count.toLocaleString('en')} talents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  started = performance.now();
  await rebuildEmbeddedIndex(db);
  const indexSeconds = (performance.now() - started) / 1000;
  console.log(
    `Indexed ${count.toLocaleString('en')} talents in ${indexSeconds.toFixed(1)} s: ${Math.round(count / indexSeconds).toLocaleString('en')} talents/s`,
  );

  const engine = createEmbeddedSearch(db);
  started = performance.now();
  await engine.search({ text: '', filters: {}, sort: 'relevance', page: 1, perPage: 20 });
  console.log(`First search (loads facet arrays): ${(performance.now() - started).toFixed(0)} ms\n`);

  // Warm every code path first, so the first shape measured does not pay for the JIT.
  for (const [, shape] of shapes) {
    for (let i = 0; i < 3; i++)
      await engine.search({ text: '', filters: {}, sort: 'relevance', page: 1, perPage: 20, ...shape });
  }
  console.log(
    `${'query shape'.padEnd(32)} ${'hits'.padStart(8)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}  (ms, ${runs} runs)`,
  );
  for (const [name, shape] of shapes) {
    const query: SearchQuery = { text: '', filters: {}, sort: 'relevance', page: 1, perPage: 20, ...shape };
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      total = (await engine.search(query)).total;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const f = (ms: number) => ms.toFixed(1).padStart(7);
    console.log(
      `${name.padEnd(32)} ${String(total).padStart(8)} ${f(percentile(times, 50))} ${f(percentile(times, 95))} ${f(percentile(times, 99))}`,
    );
  }
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

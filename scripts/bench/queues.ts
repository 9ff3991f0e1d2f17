/**
 * `npm run bench:queues [-- --small N --large N --runs R --keep DIR]`: the officers' queues, the
 * award-call applications and the talent records search, timed at two register sizes in one run
 * (interleaved: each timed call at the small size is followed by the same call at the large one, so
 * both see the same machine load). Each case runs what the page's loader reads (src/loaders/
 * workspace.ts, records.ts, award-applications.ts: the same library calls, together as the loader
 * awaits them) as a province admin and as a commune's officer. Prints p50/p95 at each size, the
 * ratio of the p50s against the target of 1.5× (issue 13), and how many rows the page shows at
 * each size (a page that shows nothing at the small size reads nothing there). It prints figures;
 * it asserts nothing.
 *
 *   --small N    talents of the small register (default 1,000)
 *   --large N    talents of the large register (default 100,000)
 *   --runs R     timed calls per case and size, after three warm-ups (default 20)
 *   --keep DIR   keep the seeded databases in DIR (queues-N.db) and reuse them when there
 *   --only TEXT  only the cases whose name has TEXT (say `search`)
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { count, eq, sql } from 'drizzle-orm';
import { type Database, openDatabase, optimizeDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { fields, talents, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { countApplicationsByCall, listCallApplications } from '@/lib/server/awards/review';
import { listFields } from '@/lib/server/fields';
import { parseQueueFilters, queueNames } from '@/lib/server/officers/queue-filters';
import { countQueues, listQueue } from '@/lib/server/officers/queues';
import { listManagedUnits } from '@/lib/server/officers/scope';
import { findTalentRecords } from '@/lib/server/records/reading';
import { listUnits } from '@/lib/server/units/tree';
import { DEMO_APPLICATION_CALLS } from '../seed/award-applications';
import { seedReferenceData, seedSyntheticData } from '../seed';
import { busiestCommune, seedQueueWork } from '../seed/queue-work';
import { percentile } from './one-at-a-time';

const { values } = parseArgs({
  options: {
    small: { type: 'string', default: '1000' },
    large: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    keep: { type: 'string' },
    only: { type: 'string', default: '' },
  },
});
const sizes = [Number(values.small), Number(values.large)] as const;
const runs = Number(values.runs);
const TARGET = 1.5;

/** What the cases need of one register: who looks, and the filters' values. */
interface Register {
  db: Database;
  talents: number;
  admin: Actor;
  officer: Actor;
  /** A unit below the officer's and the admin's (the officer's own: a commune has none below). */
  unitId: number;
  fieldId: number;
  callKey: string;
}

/** A seeded database of `talents` talents at `file`, made unless `keep` already holds it. */
async function seeded(file: string, talentCount: number): Promise<void> {
  if (existsSync(file)) return;
  const url = `file:${file}.part`;
  const db = openDatabase(url);
  const started = performance.now();
  await migrateDatabase(db, url);
  await seedReferenceData(db);
  await seedSyntheticData(db, talentCount);
  const work = await seedQueueWork(db);
  await optimizeDatabase(db, { afterBulkWrite: true });
  await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  db.$client.close();
  copyFileSync(`${file}.part`, file);
  rmSync(`${file}.part`, { force: true });
  console.log(
    `Seeded ${talentCount.toLocaleString('en')} talents (${JSON.stringify(work)}) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/**
 * The register at `file`, with an admin and the officer of its busiest commune. A kept database
 * gets the migrations added since it was seeded, and the planner's statistics for their indexes.
 */
async function openRegister(file: string): Promise<Register> {
  const db = openDatabase(`file:${file}`);
  await migrateDatabase(db, `file:${file}`);
  await optimizeDatabase(db, { afterBulkWrite: true });
  const [admin] = await db.select().from(users).where(eq(users.role, 'admin')).limit(1);
  const unitId = await busiestCommune(db);
  const [field] = await db.select({ id: fields.id }).from(fields).limit(1);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(talents);
  const staff = (role: 'admin' | 'officer', unitId: number | null): Actor => ({
    id: admin!.id,
    email: admin!.email,
    displayName: admin!.displayName,
    role,
    unitId,
    emailVerified: true,
    employerVerified: false,
  });
  return {
    db,
    talents: n,
    admin: staff('admin', null),
    officer: staff('officer', unitId),
    unitId,
    fieldId: field!.id,
    callKey: DEMO_APPLICATION_CALLS[0].callKey,
  };
}

/** A case: what one page load reads, for one actor. */
interface Case {
  name: string;
  run: (r: Register, actor: Actor) => Promise<unknown>;
}

/** How many rows a case's result shows: a page's items, a list's entries, the calls counted. */
function shown(result: unknown): number {
  const first: unknown = Array.isArray(result) ? (result as unknown[])[0] : result;
  if (first instanceof Map) return first.size;
  if (Array.isArray(first)) return first.length;
  const rows = (first as { items?: unknown[]; records?: unknown[] } | null) ?? {};
  const items = rows.items ?? rows.records;
  return Array.isArray(items) ? items.length : 0;
}

/** A queue page as `loadQueuePage` reads it; a page past the end reads the last one instead. */
async function queuePage(r: Register, actor: Actor, queue: (typeof queueNames)[number], query: string) {
  const load = (q: string) =>
    Promise.all([
      listQueue(r.db, actor, queue, parseQueueFilters(queue, new URLSearchParams(q))),
      listManagedUnits(r.db, actor),
      listFields(r.db),
    ]);
  const [page] = await load(query);
  if (page) return page;
  // Fewer pages than asked at the small size: the last page, which is what a later page means there.
  const [first] = await load(query.replace(/page=\d+/, 'page=1'));
  return (await load(query.replace(/page=\d+/, `page=${first!.totalPages}`)))[0];
}

const cases: Case[] = [
  {
    name: 'workspace front (counts)',
    run: (r, actor) => Promise.all([countQueues(r.db, actor), listUnits(r.db)]),
  },
  ...queueNames.flatMap((queue): Case[] => [
    { name: `${queue}: first page`, run: (r, actor) => queuePage(r, actor, queue, '') },
    {
      name: `${queue}: unit+field+waiting`,
      run: (r, actor) => queuePage(r, actor, queue, `unit=${r.unitId}&field=${r.fieldId}&waiting=7`),
    },
    { name: `${queue}: search "nguyen"`, run: (r, actor) => queuePage(r, actor, queue, 'q=nguyen') },
    { name: `${queue}: page 4`, run: (r, actor) => queuePage(r, actor, queue, 'order=newest&page=4') },
  ]),
  {
    name: 'award calls (counts)',
    run: (r, actor) =>
      countApplicationsByCall(
        r.db,
        actor,
        DEMO_APPLICATION_CALLS.map((call) => call.callKey),
      ),
  },
  ...(['', 'status=submitted', 'page=3'] as const).map((query): Case => ({
    name: `applications: ${query || 'first page'}`,
    run: async (r, actor) =>
      (await listCallApplications(r.db, actor, r.callKey, new URLSearchParams(query))) ??
      listCallApplications(r.db, actor, r.callKey, new URLSearchParams()),
  })),
  ...['nguyen van', 'ngọc', 'zzq'].map((q): Case => ({
    name: `records: search "${q}"`,
    run: (r, actor) => Promise.all([findTalentRecords(r.db, actor, q), listManagedUnits(r.db, actor)]),
  })),
];

async function timeOnce(c: Case, r: Register, actor: Actor): Promise<number> {
  const started = performance.now();
  await c.run(r, actor);
  return performance.now() - started;
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'tntag-queues-'));
mkdirSync(dir, { recursive: true });
const registers: Register[] = [];
try {
  for (const size of sizes) await seeded(join(dir, `queues-${size}.db`), size);
  for (const size of sizes) registers.push(await openRegister(join(dir, `queues-${size}.db`)));
  const [small, large] = registers as [Register, Register];
  const waiting = await large.db.all<{ queue: string; n: number }>(sql`
    SELECT 'achievements' AS queue, count(*) AS n FROM achievements WHERE verified_at IS NULL AND review_state = 'waiting'
    UNION ALL SELECT 'profiles', count(*) FROM talents WHERE status = 'draft' AND review_state = 'waiting'
    UNION ALL SELECT 'claims', count(*) FROM talent_claims WHERE status = 'pending'`);
  console.log(
    `\n${small.talents.toLocaleString('en')} vs ${large.talents.toLocaleString('en')} talents; waiting at the large size: ${waiting.map((w) => `${w.queue} ${w.n.toLocaleString('en')}`).join(', ')}`,
  );
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${runs} timed calls per case and size, interleaved\n`,
  );
  const head = (s: string) => s.padStart(8);
  console.log(
    `${'case'.padEnd(44)}${head('1k p50')}${head('1k p95')}${head('big p50')}${head('big p95')}${head('ratio')}  target ${TARGET}×  rows shown`,
  );
  const misses: string[] = [];
  for (const [who, pick] of [
    ['province admin', (r: Register) => r.admin],
    ['commune officer', (r: Register) => r.officer],
  ] as const) {
    console.log(`-- ${who}`);
    for (const c of cases.filter((each) => each.name.includes(values.only))) {
      for (let i = 0; i < 3; i++) for (const r of registers) await timeOnce(c, r, pick(r));
      const rows = await Promise.all(registers.map(async (r) => shown(await c.run(r, pick(r)))));
      const times: [number[], number[]] = [[], []];
      for (let i = 0; i < runs; i++) {
        times[0].push(await timeOnce(c, small, pick(small)));
        times[1].push(await timeOnce(c, large, pick(large)));
      }
      for (const t of times) t.sort((a, b) => a - b);
      const ratio = percentile(times[1], 50) / percentile(times[0], 50);
      const f = (ms: number) => ms.toFixed(2).padStart(8);
      const verdict = ratio <= TARGET ? 'ok' : 'MISS';
      if (verdict === 'MISS') misses.push(`${who}: ${c.name}`);
      console.log(
        `${c.name.padEnd(44)}${f(percentile(times[0], 50))}${f(percentile(times[0], 95))}${f(percentile(times[1], 50))}${f(percentile(times[1], 95))}${(ratio.toFixed(2) + '×').padStart(8)}  ${verdict.padEnd(11)}${rows.join(' / ')}`,
      );
    }
  }
  console.log(
    `\nload average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(misses.length ? `Above ${TARGET}×: ${misses.length} case(s)` : `Every case within ${TARGET}×`);
} finally {
  for (const r of registers) r.db.$client.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

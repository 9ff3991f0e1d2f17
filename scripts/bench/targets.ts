/**
 * `npm run bench:targets [-- --count N | --database FILE] [--runs R]`: the targets dashboard, the
 * yearly report page (province and one unit) and its XLSX download, requested one at a time as an
 * admin against the production build over a seeded temporary database; prints each one's p50, p95
 * and slowest time. The plan's requirement is 100 ms at 100,000 talents (issue 14). The pages read
 * summary rows (db/schema/targets.ts) whose number depends on units and years, not talents.
 *
 *   --count N       synthetic talents to seed (default 100,000)
 *   --database F    copy this seeded database instead of seeding
 *   --runs R        timed requests per page after three warm-ups (default 30)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { targetTallies, units, users } from '@db/schema';
import { createSession } from '@/lib/server/auth/sessions';
import { seedReferenceData, seedSyntheticData } from '../seed';
import { freePort } from '../support/free-port';
import { buildProduction, isBuilt, SERVER_ENTRY } from '../support/production-build';
import { percentile, timeOneAtATime } from './one-at-a-time';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    database: { type: 'string' },
    runs: { type: 'string', default: '30' },
  },
});
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'tntag-targets-'));
const url = `file:${join(dir, 'bench.db')}`;
let server: ChildProcess | undefined;

try {
  if (!isBuilt()) buildProduction();
  if (values.database) copyFileSync(values.database, join(dir, 'bench.db'));
  else {
    const db = openDatabase(url);
    await migrateDatabase(db, url);
    await seedReferenceData(db);
    await seedSyntheticData(db, Number(values.count));
    db.$client.close();
  }
  const db = openDatabase(url);
  const [admin] = await db.select().from(users).where(eq(users.role, 'admin')).limit(1);
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.kind, 'commune')).limit(1);
  // The seeded staff have no confirmed address; the workspace asks for one.
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, admin!.id));
  const { token } = await createSession(db, admin!, 'bench:targets');
  const [talentCount] = await db.$client.execute('SELECT count(*) AS n FROM talents').then((r) => r.rows);
  const tallyRows = (await db.select().from(targetTallies)).length;
  db.$client.close();

  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: url,
    DATA_DIR: dir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
    ASTRO_NODE_LOGGING: 'disabled',
  };
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' });
  server = spawn(
    process.execPath,
    [`--max-old-space-size=${process.env.NODE_HEAP_MB ?? 256}`, SERVER_ENTRY],
    {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let up = false; !up;) {
    up = await fetch(`${base}/livez`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((r) => setTimeout(r, 100));
  }
  const year = new Date().getFullYear() - 1;
  const pages = [
    ['targets dashboard', `/quan-tri/chi-tieu?year=${year}`],
    ['yearly report, province', `/quan-tri/bao-cao-nam?year=${year}&unit=province`],
    ['yearly report, one unit', `/quan-tri/bao-cao-nam?year=${year}&unit=${unit!.id}`],
    ['yearly report XLSX, province', `/quan-tri/bao-cao-nam/tai-ve?year=${year}&unit=province&format=xlsx`],
  ] as const;
  console.log(
    `\n${Number(talentCount!.n).toLocaleString('en')} talents, ${tallyRows.toLocaleString('en')} tally rows; ${runs} requests each, one at a time, as an admin\n`,
  );
  console.log(`${'page'.padEnd(32)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const [name, path] of pages) {
    const times = await timeOneAtATime(`${base}${path}`, {
      runs,
      headers: { Cookie: `tntag_session=${token}` },
    });
    const at = (p: number) => percentile(times, p).toFixed(1).padStart(8);
    console.log(`${name.padEnd(32)} ${at(50)} ${at(95)} ${at(100)}`);
  }
} finally {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
}

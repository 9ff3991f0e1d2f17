/**
 * Seeds a database: reference data plus the demo set, or with `--count N` reference data plus N
 * synthetic talents for benchmarks. Migrations run first. The seed never runs on a database that
 * already has talents, so it cannot mix fictional profiles into a live register.
 *
 *   npm run db:seed                    # demo data
 *   npm run db:seed -- --count 100000  # synthetic data
 *
 * Exit codes: 0 done, 1 refused or failed, 2 bad arguments.
 */
import { getConfig } from '@/lib/server/config';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { saveFacetSnapshot } from '@/lib/server/search/embedded/snapshot';
import { openDatabase, optimizeDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { countTalents } from './seed/guard';
import { seedDemoData, seedReferenceData, seedSyntheticData } from './seed';
import { fail, readOptions } from './support/command-line';

const MAX_COUNT = 1_000_000;
const USAGE = `Usage: npm run db:seed [-- --count N]
  (no option)   seed reference data and the demo data set
  --count N     seed reference data and N synthetic talents (1 to ${MAX_COUNT.toLocaleString('en')})`;

function parseCount(): number | null {
  const values = readOptions({ count: { type: 'string', short: 'n' } }, USAGE);
  if (values.count === undefined) return null;
  const text = values.count.trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_COUNT) {
    fail(
      2,
      `--count must be a whole number from 1 to ${MAX_COUNT.toLocaleString('en')}, got "${values.count}".\n${USAGE}`,
    );
  }
  return n;
}

const count = parseCount();
const config = getConfig();
const db = openDatabase(config.databaseUrl, config.databaseAuthToken);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

try {
  await migrateDatabase(db, config.databaseUrl);
  const existing = await countTalents(db);
  if (existing > 0) {
    fail(
      1,
      `Refusing to seed ${config.databaseUrl}: it already has ${existing} talent(s). The seed only runs on a database without talents.`,
    );
  }

  const reference = await seedReferenceData(db);
  console.log(`Reference data: ${reference.units} unit(s) and ${reference.fields} field(s) inserted.`);

  if (count === null) {
    const c = await seedDemoData(db);
    console.log(
      `Demo data: ${c.talents} talents (${c.byStatus.verified} verified, ${c.byStatus.honoured} honoured, ` +
        `${c.byStatus.draft} draft), ${c.achievements} achievements (${c.verifiedAchievements} verified), ` +
        `${c.honours} honours (${c.featuredHonours} featured), ${c.users} staff users, ` +
        `${c.community.members} member accounts with ${c.community.connections} connections and ` +
        `${c.community.contactRequests} contact requests in ${seconds()} s.`,
    );
  } else {
    let reported = 0;
    const c = await seedSyntheticData(db, count, {
      onProgress: (done, total) => {
        // About ten lines whatever the count.
        if (done === total || done - reported >= total / 10) {
          reported = done;
          console.log(
            `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} talents (${seconds()} s)`,
          );
        }
      },
    });
    console.log(
      `Synthetic data: ${c.talents} talents, ${c.talentFields} field links, ${c.achievements} achievements, ` +
        `${c.honours} honours, ${c.community.members} member accounts with ${c.community.connections} ` +
        `connections in ${seconds()} s.`,
    );
  }
  const indexed = await rebuildEmbeddedIndex(db);
  console.log(`Search index: ${indexed} talents indexed in ${seconds()} s.`);
  await optimizeDatabase(db, { afterBulkWrite: true });
  await saveFacetSnapshot(db);
} catch (error) {
  fail(1, `Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  db.$client.close();
}

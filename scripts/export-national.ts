/**
 * Writes the export for the national young-talent database from the server's shell: every verified
 * talent of a unit (or of the province) who agreed to share their profile with the Youth Union, in
 * the documented format (public/schemas/national-export-v1.json), the same as the workspace's download.
 *
 *   npm run export:national -- --unit xa-my-hoa-hung --format json [--out file.json]
 *   npm run export:national -- --unit province --format csv
 *
 * `--unit` takes a unit's code (slug), its id, or `province`. Without `--out` the export goes to
 * standard output. Exit codes: 0 done, 1 failed, 2 bad arguments (or no such unit).
 */
import { writeFileSync } from 'node:fs';
import { eq, or } from 'drizzle-orm';
import { getConfig } from '@/lib/server/config';
import { buildNationalExport, nationalCsv } from '@/lib/server/report/national-export';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { units } from '@db/schema';
import { fail, readOptions } from './support/command-line';

const USAGE = `Usage: npm run export:national -- --unit CODE|ID|province --format json|csv [--out FILE]
  --unit     the unit's code (slug) or id, or "province" for every unit
  --format   json (with the schema's version) or csv (documented columns)
  --out      the file to write (default: standard output)`;

const values = readOptions(
  { unit: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  USAGE,
);
if (!values.unit) fail(2, `--unit is required.\n${USAGE}`);
if (values.format !== 'json' && values.format !== 'csv') fail(2, `--format must be json or csv.\n${USAGE}`);

const config = getConfig();
const db = openDatabase(config.databaseUrl, config.databaseAuthToken);
try {
  await migrateDatabase(db, config.databaseUrl);
  let unitId: number | null = null;
  if (values.unit !== 'province') {
    const byId = /^\d{1,9}$/.test(values.unit) ? eq(units.id, Number(values.unit)) : undefined;
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(or(eq(units.slug, values.unit), byId))
      .limit(1);
    if (!unit) fail(2, `No unit with the code or id "${values.unit}".`);
    unitId = unit.id;
  }
  const data = await buildNationalExport(db, unitId);
  const text = values.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : nationalCsv(data);
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(`Wrote ${data.talents.length} talent(s) to ${values.out} (format ${data.version}).`);
  } else process.stdout.write(text);
} catch (error) {
  fail(1, `The export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  db.$client.close();
}

/**
 * Reach over 2022 to the seed's "now", so the targets dashboard's reach section has figures: the
 * youth population of each year (an illustrative figure, marked as such), each day's unique visitors,
 * page views and material downloads as the day summaries hold them, and the mailing list's
 * confirmed subscribers as they grew. No visitor hash is seeded: summaries are all a past day keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { materialDownloads, reachDays, youthPopulation } from '@db/schema';
import { insertInChunks, type Writer } from './batch';
import { SEED_NOW, SEED_YEAR } from './people';
import { createRandom, SEED } from './random';

const FIRST_YEAR = 2022;
const DAY_MS = 86_400_000;
/** Daily unique visitors on an ordinary weekday, by year: the site grew as units used it. */
const WEEKDAY_VISITORS: Record<number, number> = { 2022: 900, 2023: 1_400, 2024: 1_900, 2025: 2_400 };
const LATEST_WEEKDAY_VISITORS = 2_600;

/** The branch materials' files and publication days, read from the collection as the site lists them. */
function materials(): { file: string; since: string }[] {
  const dir = join(process.cwd(), 'content/materials/vi');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const file = text.match(/^file: (\S+)$/m)?.[1];
      const since = text.match(/^date: (\d{4}-\d{2}-\d{2})$/m)?.[1];
      return file && since ? [{ file, since }] : [];
    });
}

export async function seedReach(tx: Writer): Promise<{ days: number }> {
  const rng = createRandom(SEED + 18);
  await insertInChunks(
    tx,
    youthPopulation,
    Array.from({ length: SEED_YEAR - FIRST_YEAR + 1 }, (_, i) => ({
      year: FIRST_YEAR + i,
      population: 1_520_000 - i * 6_000,
      source: 'Số liệu minh họa (dữ liệu mẫu, không phải số liệu thống kê thật)',
    })),
  );
  const files = materials();
  const dayRows: (typeof reachDays.$inferInsert)[] = [];
  const downloadRows: (typeof materialDownloads.$inferInsert)[] = [];
  let subscribers = 120;
  for (let at = Date.UTC(FIRST_YEAR, 0, 1); at < SEED_NOW - DAY_MS; at += DAY_MS) {
    const date = new Date(at);
    const day = date.toISOString().slice(0, 10);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const base = WEEKDAY_VISITORS[date.getUTCFullYear()] ?? LATEST_WEEKDAY_VISITORS;
    const visitors = Math.round(base * (weekend ? 0.6 : 1) * (0.75 + rng.next() * 0.5));
    subscribers += rng.int(0, 9);
    let downloads = 0;
    for (const { file, since } of files) {
      if (day < since || !rng.chance(0.6)) continue;
      const count = rng.int(1, 12);
      downloads += count;
      downloadRows.push({ day, file, count });
    }
    dayRows.push({
      day,
      visitors,
      pageViews: Math.round(visitors * (2 + rng.next() * 2)),
      downloads,
      subscribers,
    });
  }
  await insertInChunks(tx, reachDays, dayRows);
  await insertInChunks(tx, materialDownloads, downloadRows);
  return { days: dayRows.length };
}

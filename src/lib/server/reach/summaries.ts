import { and, count, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { listSubscribers, materialDownloads, reachDays, reachVisitors } from '@db/schema';
import { toLocalDay } from '@/lib/forms/local-date-time';
import { deleteOldSalts } from './visitor-hash';

/** Confirmed subscribers of the mailing list now. */
export async function countConfirmedSubscribers(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(listSubscribers)
    .where(eq(listSubscribers.status, 'confirmed'));
  return row?.n ?? 0;
}

/**
 * Closes the days that are over: counts each past day's hashes into its summary row (added, as a
 * late instance may write a few more hashes of that day after it was counted), notes the list's
 * subscribers, deletes the hashes and the salts of past days. Idempotent, so every instance may run it.
 */
export async function summarizePastDays(db: Database, now: Date): Promise<void> {
  const today = toLocalDay(now);
  const days = await db
    .select({ day: reachVisitors.day, visitors: count() })
    .from(reachVisitors)
    .where(lt(reachVisitors.day, today))
    .groupBy(reachVisitors.day);
  if (days.length > 0) {
    const subscribers = await countConfirmedSubscribers(db);
    await db.transaction(async (tx) => {
      for (const { day, visitors } of days) {
        await tx
          .insert(reachDays)
          .values({ day, visitors, subscribers })
          .onConflictDoUpdate({
            target: reachDays.day,
            set: { visitors: sql`coalesce(${reachDays.visitors}, 0) + ${visitors}`, subscribers },
          });
        await tx.delete(reachVisitors).where(eq(reachVisitors.day, day));
      }
    });
  }
  await deleteOldSalts(db, today);
}

export interface YearCounts {
  dailyVisitors: number[];
  pageViews: number;
  downloads: { file: string; count: number }[];
  /** The last subscriber count noted in the year, null when none was. */
  subscribersAtEnd: number | null;
}

/** A year's counts from the day summaries and the hashes of days not yet summarised (today's). */
export async function loadYearCounts(db: Database, year: number): Promise<YearCounts> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [summaries, open, downloads] = await Promise.all([
    db
      .select()
      .from(reachDays)
      .where(and(gte(reachDays.day, from), lte(reachDays.day, to)))
      .orderBy(reachDays.day),
    db
      .select({ day: reachVisitors.day, visitors: count() })
      .from(reachVisitors)
      .where(and(gte(reachVisitors.day, from), lte(reachVisitors.day, to)))
      .groupBy(reachVisitors.day),
    db
      .select({ file: materialDownloads.file, count: sql<number>`sum(${materialDownloads.count})` })
      .from(materialDownloads)
      .where(and(gte(materialDownloads.day, from), lte(materialDownloads.day, to)))
      .groupBy(materialDownloads.file)
      .orderBy(sql`2 desc`),
  ]);
  const daily = new Map(summaries.map((row) => [row.day, row.visitors ?? 0]));
  for (const { day, visitors } of open) daily.set(day, (daily.get(day) ?? 0) + visitors);
  const noted = summaries.filter((row) => row.subscribers !== null);
  return {
    dailyVisitors: [...daily.values()],
    pageViews: summaries.reduce((sum, row) => sum + row.pageViews, 0),
    downloads: downloads.map((d) => ({ file: d.file, count: Number(d.count) })),
    subscribersAtEnd: noted.at(-1)?.subscribers ?? null,
  };
}

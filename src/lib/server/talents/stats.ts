import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type HonourKind, networkCounts } from '@db/schema';

/**
 * The headline numbers of the network for the home page: talents in the network (the same set the
 * directory lists, see `isInNetwork`), the honours they hold, and the units they belong to. Read
 * from the network's count rows: a few primary-key lookups whatever the register's size.
 */
export async function getNetworkStats(db: Database) {
  const rows = await db
    .select({ name: networkCounts.name, value: networkCounts.value, count: networkCounts.count })
    .from(networkCounts)
    .where(and(sql`${networkCounts.name} IN ('talents', 'honours', 'unit')`, gt(networkCounts.count, 0)));
  const total = (name: string) => rows.find((r) => r.name === name)?.count ?? 0;
  return {
    talents: total('talents'),
    honours: total('honours'),
    units: rows.filter((r) => r.name === 'unit').length,
  };
}

/** Years with honours visible to the public, newest first, with how many honours each. */
export async function listHonourYears(db: Database): Promise<{ year: number; total: number }[]> {
  const rows = await db
    .select({ value: networkCounts.value, count: networkCounts.count })
    .from(networkCounts)
    .where(and(eq(networkCounts.name, 'honourYear'), gt(networkCounts.count, 0)))
    .orderBy(desc(networkCounts.value));
  return rows.map((r) => ({ year: Number(r.value), total: r.count }));
}

/** How many public honours of each kind a year has. */
export async function countHonoursOfYear(db: Database, year: number): Promise<Map<HonourKind, number>> {
  const rows = await db
    .select({ value: networkCounts.value, count: networkCounts.count })
    .from(networkCounts)
    .where(
      and(
        eq(networkCounts.name, 'honourYearKind'),
        sql`${networkCounts.value} >= ${`${year}:`} AND ${networkCounts.value} < ${`${year};`}`,
        gt(networkCounts.count, 0),
      ),
    );
  return new Map(rows.map((r) => [r.value.slice(String(year).length + 1) as HonourKind, r.count]));
}

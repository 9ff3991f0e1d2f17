import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { preparedOn } from '@db/prepared';
import { type HonourKind, networkCounts } from '@db/schema';

const headlineCounts = preparedOn((db) =>
  db
    .select({ name: networkCounts.name, value: networkCounts.value, count: networkCounts.count })
    .from(networkCounts)
    .where(and(sql`${networkCounts.name} IN ('talents', 'honours', 'unit')`, gt(networkCounts.count, 0)))
    .prepare(),
);

/**
 * The headline numbers of the network for the home page: talents in the network (the same set the
 * directory lists, see `isInNetwork`), the honours they hold, and the units they belong to. Read
 * from the network's count rows: a few primary-key lookups whatever the register's size.
 */
export async function getNetworkStats(db: Database) {
  const rows = await headlineCounts(db).all();
  const total = (name: string) => rows.find((r) => r.name === name)?.count ?? 0;
  return {
    talents: total('talents'),
    honours: total('honours'),
    units: rows.filter((r) => r.name === 'unit').length,
  };
}

const honourYearCounts = preparedOn((db) =>
  db
    .select({ value: networkCounts.value, count: networkCounts.count })
    .from(networkCounts)
    .where(and(eq(networkCounts.name, 'honourYear'), gt(networkCounts.count, 0)))
    .orderBy(desc(networkCounts.value))
    .prepare(),
);

/** Years with honours visible to the public, newest first, with how many honours each. */
export async function listHonourYears(db: Database): Promise<{ year: number; total: number }[]> {
  const rows = await honourYearCounts(db).all();
  return rows.map((r) => ({ year: Number(r.value), total: r.count }));
}

const yearKindCounts = preparedOn((db) =>
  db
    .select({ value: networkCounts.value, count: networkCounts.count })
    .from(networkCounts)
    .where(
      and(
        eq(networkCounts.name, 'honourYearKind'),
        sql`${networkCounts.value} >= ${sql.placeholder('from')} AND ${networkCounts.value} < ${sql.placeholder('to')}`,
        gt(networkCounts.count, 0),
      ),
    )
    .prepare(),
);

/** How many public honours of each kind a year has (its rows are keyed `<year>:<kind>`). */
export async function countHonoursOfYear(db: Database, year: number): Promise<Map<HonourKind, number>> {
  const rows = await yearKindCounts(db).all({ from: `${year}:`, to: `${year};` });
  return new Map(rows.map((r) => [r.value.slice(String(year).length + 1) as HonourKind, r.count]));
}

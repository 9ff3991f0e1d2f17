import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type ActivityKind, talentWorkLeads, targetTallies, units } from '@db/schema';
import type { TallyRow, TargetFacts } from '@/lib/targets/compute';

/** The tallies the targets read, of every year (the trend needs them all). */
const TARGET_MEASURES = ['honoured', 'nurtured', 'updated'] as const;

/**
 * The facts the targets are computed from: the summary rows (db/schema/targets.ts), one per unit,
 * year and activity kind, one per officer. Nothing here grows with talents.
 */
export async function loadTargetFacts(db: Executor): Promise<TargetFacts> {
  const [unitRows, merged, tallies, activityRows, officers, leads] = await Promise.all([
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(eq(units.active, true))
      .orderBy(units.sortOrder, units.id),
    db
      .select({ id: units.id, successorId: units.successorId })
      .from(units)
      .where(and(eq(units.active, false), isNotNull(units.successorId))),
    db
      .select()
      .from(targetTallies)
      .where(inArray(targetTallies.measure, [...TARGET_MEASURES])),
    db.all<{ unitId: number; year: number; kind: ActivityKind }>(sql`
      SELECT unit_id AS unitId, CAST(substr(held_on, 1, 4) AS INTEGER) AS year, kind
      FROM activities GROUP BY unit_id, substr(held_on, 1, 4), kind`),
    db.all<{ userId: number; unitId: number | null; firstTrainedYear: number | null }>(sql`
      SELECT u.id AS userId, u.unit_id AS unitId,
        (SELECT min(CAST(substr(t.held_on, 1, 4) AS INTEGER))
           FROM officer_training_attendance a JOIN officer_trainings t ON t.id = a.training_id
          WHERE a.user_id = u.id) AS firstTrainedYear
      FROM users u WHERE u.role = 'officer' AND u.disabled_at IS NULL`),
    db.select().from(talentWorkLeads),
  ]);
  return {
    units: unitRows,
    tallies,
    activities: activityRows,
    officers,
    leads,
    successorOf: new Map(merged.map((u) => [u.id, u.successorId!])),
  };
}

/** The tallies that count honoured talents by field, level, age and place, for one year. */
export function loadHonouredTallies(db: Executor, year: number): Promise<TallyRow[]> {
  return db
    .select()
    .from(targetTallies)
    .where(
      and(
        eq(targetTallies.year, year),
        inArray(targetTallies.measure, ['honoured_in', 'field', 'level', 'age', 'place']),
      ),
    );
}

/** The talents honoured each year, per unit: the rows behind the counts by year. */
export function loadHonouredByYear(db: Executor): Promise<TallyRow[]> {
  return db.select().from(targetTallies).where(eq(targetTallies.measure, 'honoured_in'));
}

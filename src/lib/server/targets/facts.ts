import { eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type ActivityKind, talentWorkLeads, units } from '@db/schema';
import type { TargetFacts } from '@/lib/targets/compute';

/**
 * The facts the targets are computed from, already reduced by SQL: one row per honoured talent (its
 * first standing honour and its first activity since), one per unit, year and activity kind, one per
 * officer. Nothing here grows with talents who were never honoured.
 */
export async function loadTargetFacts(db: Executor): Promise<TargetFacts> {
  const [unitRows, honoured, activityRows, updates, officers, leads, merged] = await Promise.all([
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(eq(units.active, true))
      .orderBy(units.sortOrder, units.id),
    db.all<{ talentId: number; unitId: number; firstYear: number; nurturedYear: number | null }>(sql`
      SELECT h.talent_id AS talentId, t.unit_id AS unitId, h.first_year AS firstYear,
        (SELECT min(CAST(substr(a.held_on, 1, 4) AS INTEGER))
           FROM activity_participants p JOIN activities a ON a.id = p.activity_id
          WHERE p.talent_id = h.talent_id AND a.held_on >= h.first_year || '-01-01') AS nurturedYear
      FROM (SELECT talent_id, min(year) AS first_year FROM honours WHERE revoked_at IS NULL GROUP BY talent_id) h
      JOIN talents t ON t.id = h.talent_id`),
    db.all<{ unitId: number; year: number; kind: ActivityKind }>(sql`
      SELECT unit_id AS unitId, CAST(substr(held_on, 1, 4) AS INTEGER) AS year, kind
      FROM activities GROUP BY unit_id, substr(held_on, 1, 4), kind`),
    // The last change of each profile, in An Giang time (UTC+7): a unit updated its data in a year
    // when one of its profiles changed in it.
    db.all<{ unitId: number; year: number }>(sql`
      SELECT DISTINCT unit_id AS unitId,
        CAST(strftime('%Y', updated_at / 1000, 'unixepoch', '+7 hours') AS INTEGER) AS year
      FROM talents`),
    db.all<{ userId: number; unitId: number | null; firstTrainedYear: number | null }>(sql`
      SELECT u.id AS userId, u.unit_id AS unitId,
        (SELECT min(CAST(substr(t.held_on, 1, 4) AS INTEGER))
           FROM officer_training_attendance a JOIN officer_trainings t ON t.id = a.training_id
          WHERE a.user_id = u.id) AS firstTrainedYear
      FROM users u WHERE u.role = 'officer' AND u.disabled_at IS NULL`),
    db.select().from(talentWorkLeads),
    // Units merged into another: their records count for the successor (reportingUnitOf).
    db
      .select({ id: units.id, successorId: units.successorId })
      .from(units)
      .where(isNotNull(units.successorId)),
  ]);
  return {
    units: unitRows,
    honours: honoured.map((h) => ({ talentId: h.talentId, year: h.firstYear, revoked: false })),
    talentUnits: new Map(honoured.map((h) => [h.talentId, h.unitId])),
    participations: honoured.flatMap((h) =>
      h.nurturedYear === null ? [] : [{ talentId: h.talentId, year: h.nurturedYear }],
    ),
    activities: activityRows,
    dataUpdates: updates,
    officers,
    leads,
    successorOf: new Map(merged.map((u) => [u.id, u.successorId!])),
  };
}

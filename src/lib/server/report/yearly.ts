import { and, between, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { activities, type ActivityKind, fields, honours, talents, units } from '@db/schema';
import { type Actor } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';
import { listManagedUnits, managesUnit, requireStaff } from '@/lib/server/officers/scope';
import { computeTargets, type UnitYearFigures } from '@/lib/targets/compute';
import { countHonoured, type HonouredCounts } from '@/lib/targets/counts';
import { reportingUnitOf } from '@/lib/targets/units';
import { loadHonouredTallies, loadTargetFacts } from '@/lib/server/targets/facts';
import { compareVietnameseNames } from '@/lib/vietnamese';
import type { CountNames } from './tables';

export interface YearlyReport {
  year: number;
  /** The unit reported on; null: the whole province. */
  unit: { id: number; name: string } | null;
  figures: UnitYearFigures;
  counts: HonouredCounts;
  names: CountNames;
  /** Talents holding a standing honour of the year, in Vietnamese list order (given name first). */
  honoured: { talentId: number; fullName: string; unitName: string; titles: string; nurtured: boolean }[];
  /** Activities held in the year, by date. */
  activities: { heldOn: string; title: string; kind: ActivityKind; unitName: string; participants: number }[];
}

/** Whether `staff` may report on the whole province: admins and the province unit's own officers. */
export async function mayReportOnProvince(db: Executor, staff: Actor): Promise<boolean> {
  if (staff.role === 'admin') return true;
  const [root] = await db.select({ id: units.id }).from(units).where(isNull(units.parentId)).limit(1);
  return root !== undefined && (await managesUnit(db, staff, root.id));
}

/** The units `staff` may choose for a report: active units they manage, in the tree's order. */
export async function listReportUnits(db: Executor, staff: Actor): Promise<{ id: number; name: string }[]> {
  return (await listManagedUnits(db, staff)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }));
}

/**
 * The ids of the units whose figures count under `unitId`: itself and the units merged into it
 * (every unit for the province, `unitId` null).
 */
export function unitsReportedUnder(
  unitRows: readonly { id: number }[],
  successorOf: ReadonlyMap<number, number> | undefined,
  unitId: number | null,
): number[] {
  return unitRows
    .map((u) => u.id)
    .filter((id) => unitId === null || reportingUnitOf(id, successorOf) === unitId);
}

/**
 * The yearly report of `unitId` (null: the province) for `year`, from the summary rows and the
 * lists behind them (honours and activities of that year only).
 * @throws ForbiddenError unless `actor` is staff managing the unit (or, for the province, its root).
 */
export async function getYearlyReport(
  db: Executor,
  actor: Actor | null,
  year: number,
  unitId: number | null,
): Promise<YearlyReport> {
  const staff = requireStaff(actor);
  const allowed =
    unitId === null ? await mayReportOnProvince(db, staff) : await managesUnit(db, staff, unitId);
  if (!allowed) throw new ForbiddenError();
  const [facts, tallies, fieldRows, unitRows] = await Promise.all([
    loadTargetFacts(db),
    loadHonouredTallies(db, year),
    db.select({ id: fields.id, nameVi: fields.nameVi, nameEn: fields.nameEn }).from(fields),
    db.select({ id: units.id, name: units.name }).from(units),
  ]);
  const unitOf = (id: number) => reportingUnitOf(id, facts.successorOf);
  const inScope = (id: number) => unitId === null || unitOf(id) === unitId;
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const scopeIds = unitsReportedUnder(unitRows, facts.successorOf, unitId);
  const figures = computeTargets(facts, year).find((f) => f.unitId === unitId);
  if (!figures) throw new ForbiddenError();
  const [honouredRows, activityRows] = await Promise.all([
    listHonouredOfYear(db, year, scopeIds),
    listActivitiesOfYear(db, year, scopeIds),
  ]);
  return {
    year,
    unit: unitId === null ? null : { id: unitId, name: unitName.get(unitId) ?? '' },
    figures,
    counts: countHonoured(tallies, year, inScope, unitOf),
    names: {
      units: new Map(unitRows.map((u) => [String(u.id), u.name])),
      fields: new Map(fieldRows.map((f) => [String(f.id), f])),
    },
    honoured: honouredRows
      .map((r) => ({ ...r, unitName: unitName.get(r.unitId) ?? '', nurtured: r.nurtured === 1 }))
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName) || a.talentId - b.talentId),
    activities: activityRows.map((a) => ({ ...a, unitName: unitName.get(a.unitId) ?? '' })),
  };
}

/**
 * Talents of `unitIds` holding a standing honour of `year`, with whether they took part in an
 * activity since their first honour (the tallies' own mark of it): read through the honours of the
 * year, never the whole register. Unordered: SQLite's order of names is not Vietnamese order.
 */
function listHonouredOfYear(db: Executor, year: number, unitIds: number[]) {
  return db
    .select({
      talentId: talents.id,
      fullName: talents.fullName,
      unitId: talents.unitId,
      titles: sql<string>`group_concat(${honours.title}, '; ')`,
      nurtured: sql<number>`EXISTS (SELECT 1 FROM target_tally_marks m
        WHERE m.talent_id = ${talents.id} AND m.year <= ${year} AND m.measure = 'nurtured')`,
    })
    .from(honours)
    .innerJoin(talents, eq(talents.id, honours.talentId))
    .where(and(eq(honours.year, year), isNull(honours.revokedAt), inArray(talents.unitId, unitIds)))
    .groupBy(talents.id);
}

/** Activities of `unitIds` held in `year`, with how many talents took part in each. */
function listActivitiesOfYear(db: Executor, year: number, unitIds: number[]) {
  return db
    .select({
      heldOn: activities.heldOn,
      title: activities.title,
      kind: activities.kind,
      unitId: activities.unitId,
      participants: sql<number>`(SELECT count(*) FROM activity_participants p WHERE p.activity_id = ${activities.id})`,
    })
    .from(activities)
    .where(
      and(between(activities.heldOn, `${year}-01-01`, `${year}-12-31`), inArray(activities.unitId, unitIds)),
    )
    .orderBy(activities.heldOn, activities.id);
}

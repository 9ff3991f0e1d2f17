import type { Executor } from '@db/client';
import { fields } from '@db/schema';
import { computeTargets, sortBehindFirst, type UnitYearFigures } from '@/lib/targets/compute';
import { countHonoured, countHonouredByYear, type HonouredCounts } from '@/lib/targets/counts';
import { reportingUnitOf } from '@/lib/targets/units';
import { loadHonouredByYear, loadHonouredTallies, loadTargetFacts } from './facts';

/** The first year the plan runs (2022–2030); the dashboard's trends start here. */
export const PLAN_FIRST_YEAR = 2022;

export interface TargetsDashboard {
  year: number;
  years: number[];
  province: UnitYearFigures;
  /** Every unit in `year`, behind target first. */
  units: (UnitYearFigures & { name: string })[];
  /** The province's figures for each year from the plan's first to `lastYear`. */
  trend: UnitYearFigures[];
  /** The talents honoured in `year` by unit, field, level, age band and place. */
  counts: HonouredCounts;
  /** The talents honoured each year of `years`. */
  honouredByYear: { year: number; count: number }[];
  /** Names for the keys of `counts`: units and fields by id. */
  names: { units: Map<string, string>; fields: Map<string, { nameVi: string; nameEn: string }> };
}

/** The years of the plan from its first to `lastYear`. */
export function planYears(lastYear: number): number[] {
  return Array.from({ length: Math.max(1, lastYear - PLAN_FIRST_YEAR + 1) }, (_, i) => PLAN_FIRST_YEAR + i);
}

/**
 * Everything the targets dashboard shows for `year`, from the summary rows: the reads depend on the
 * number of units and years, not of talents.
 * @example await getTargetsDashboard(db, 2025, 2026)
 */
export async function getTargetsDashboard(
  db: Executor,
  year: number,
  lastYear: number,
): Promise<TargetsDashboard> {
  const [facts, yearTallies, byYearTallies, fieldRows] = await Promise.all([
    loadTargetFacts(db),
    loadHonouredTallies(db, year),
    loadHonouredByYear(db),
    db.select({ id: fields.id, nameVi: fields.nameVi, nameEn: fields.nameEn }).from(fields),
  ]);
  const years = planYears(lastYear);
  const [province, ...units] = computeTargets(facts, year);
  const unitNames = new Map(facts.units.map((u) => [String(u.id), u.name]));
  const unitOf = (id: number) => reportingUnitOf(id, facts.successorOf);
  return {
    year,
    years,
    province: province!,
    units: sortBehindFirst(units).map((u) => ({ ...u, name: unitNames.get(String(u.unitId)) ?? '' })),
    trend: years.map((y) => computeTargets(facts, y)[0]!),
    counts: countHonoured(yearTallies, year, () => true, unitOf),
    honouredByYear: countHonouredByYear(byYearTallies, years, () => true),
    names: { units: unitNames, fields: new Map(fieldRows.map((f) => [String(f.id), f])) },
  };
}

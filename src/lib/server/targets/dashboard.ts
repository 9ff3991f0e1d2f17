import type { Executor } from '@db/client';
import { computeTargets, sortBehindFirst, type UnitYearFigures } from '@/lib/targets/compute';
import { loadTargetFacts } from './facts';

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
}

/**
 * Everything the targets dashboard shows for `year`, from one read of the facts.
 * @example await getTargetsDashboard(db, 2025, 2026)
 */
export async function getTargetsDashboard(
  db: Executor,
  year: number,
  lastYear: number,
): Promise<TargetsDashboard> {
  const facts = await loadTargetFacts(db);
  const years = Array.from(
    { length: Math.max(1, lastYear - PLAN_FIRST_YEAR + 1) },
    (_, i) => PLAN_FIRST_YEAR + i,
  );
  const [province, ...units] = computeTargets(facts, year);
  const names = new Map(facts.units.map((u) => [u.id, u.name]));
  return {
    year,
    years,
    province: province!,
    units: sortBehindFirst(units).map((u) => ({ ...u, name: names.get(u.unitId!) ?? '' })),
    trend: years.map((y) => computeTargets(facts, y)[0]!),
  };
}

import type { UnitYearFigures } from './compute';
import { type Share, shareOf } from './thresholds';

/** One unit's standing on "one civic-education and one inspiration activity a year". */
export interface UnitActivityTarget {
  unitId: number;
  name: string;
  civic: boolean;
  inspiration: boolean;
  met: boolean;
}

/**
 * The plan's yearly activity target for every unit (section II.1: at least one civic-education and
 * one inspiration activity per unit a year), from the figures computeTargets gives, so merged units
 * count for their successor as every other figure does. Units that missed it come first.
 * @example unitActivityTargets(dashboard.units).share // { part: 3, whole: 5, value: 0.6 }
 */
export function unitActivityTargets(units: readonly (UnitYearFigures & { name: string })[]): {
  units: UnitActivityTarget[];
  share: Share;
} {
  const rows = units
    .filter((u): u is typeof u & { unitId: number } => u.unitId !== null)
    .map((u) => ({
      unitId: u.unitId,
      name: u.name,
      civic: u.civicActivity,
      inspiration: u.inspirationActivity,
      met: u.civicActivity && u.inspirationActivity,
    }));
  const ordered = [...rows.filter((r) => !r.met), ...rows.filter((r) => r.met)];
  return { units: ordered, share: shareOf(rows.filter((r) => r.met).length, rows.length) };
}

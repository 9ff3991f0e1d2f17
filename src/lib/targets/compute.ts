import type { ActivityKind } from '@db/schema/nurture';
import { isMet, type Share, shareOf, type TargetKey, thresholdFor } from './thresholds';
import { reportingUnitOf } from './units';
import type { TallyMeasure } from '@db/schema/targets';

/** One summary row as stored (db/schema/targets.ts): a count for a unit, a year, a measure and a key. */
export interface TallyRow {
  unitId: number;
  year: number;
  measure: TallyMeasure;
  key: string;
  count: number;
}

/** What the targets are computed from: summary rows and small per-unit and per-officer facts. */
export interface TargetFacts {
  units: readonly { id: number; name: string }[];
  /**
   * The tallies; `honoured` and `nurtured` count talents by the year of their first standing honour
   * and of their first activity since, in the unit they are in now; `updated` counts profiles by the
   * year they last changed. Revoked honours are already left out (in the view that defines them).
   */
  tallies: readonly TallyRow[];
  activities: readonly { unitId: number; year: number; kind: ActivityKind }[];
  /** Officers, with the first year they attended a training on talent work (null: never). */
  officers: readonly { userId: number; unitId: number | null; firstTrainedYear: number | null }[];
  /** Officers each unit put in charge of talent work. */
  leads: readonly { unitId: number; userId: number }[];
  successorOf?: ReadonlyMap<number, number>;
}

/** Kinds counted for the plan's "one civic-education and one inspiration activity per unit a year". */
export const civicKinds: readonly ActivityKind[] = ['civic_trip'];
export const inspirationKinds: readonly ActivityKind[] = ['forum', 'conference', 'startup', 'mentoring'];

export interface TargetFigure {
  key: TargetKey;
  share: Share;
  threshold: number;
  met: boolean | null;
}

export interface UnitYearFigures {
  /** null: the whole province. */
  unitId: number | null;
  year: number;
  targets: TargetFigure[];
  civicActivity: boolean;
  inspirationActivity: boolean;
}

function figure(key: TargetKey, share: Share, year: number): TargetFigure {
  const threshold = thresholdFor(key, year);
  return { key, share, threshold, met: isMet(share, threshold) };
}

/**
 * Every target for `year`, for each unit and the province (`unitId: null`). A talent honoured in
 * year H is nurtured in year Y when they took part in an activity held in a year from H to Y: the
 * tallies count each talent once, in the year of their first such activity, so the share up to Y is
 * a running sum. Activities held before the honour do not count.
 * @example computeTargets(facts, 2025).find((f) => f.unitId === null)
 */
export function computeTargets(facts: TargetFacts, year: number): UnitYearFigures[] {
  const unitOf = (id: number) => reportingUnitOf(id, facts.successorOf);
  const inUnit = (unitId: number | null, id: number | null) =>
    unitId === null || (id !== null && unitOf(id) === unitId);
  // Summed once per call (units × rows would be read again for every unit otherwise).
  const sums = new Map<string, number>();
  const add = (key: string, n: number) => sums.set(key, (sums.get(key) ?? 0) + n);
  for (const r of facts.tallies) {
    if (r.year > year || (r.measure !== 'honoured' && r.measure !== 'nurtured')) continue;
    add(`${r.measure}:province`, r.count);
    add(`${r.measure}:${unitOf(r.unitId)}`, r.count);
  }
  const upTo = (measure: TallyMeasure, unitId: number | null) =>
    sums.get(`${measure}:${unitId ?? 'province'}`) ?? 0;
  const trained = (o: TargetFacts['officers'][number]) =>
    o.firstTrainedYear !== null && o.firstTrainedYear <= year;
  const trainedIds = new Set(facts.officers.filter(trained).map((o) => o.userId));
  const updatedUnits = new Set(
    facts.tallies
      .filter((r) => r.measure === 'updated' && r.year === year && r.count > 0)
      .map((r) => unitOf(r.unitId)),
  );
  const kindsHeld = new Map<number | null, Set<ActivityKind>>([[null, new Set()]]);
  for (const a of facts.activities) {
    if (a.year !== year) continue;
    const unit = unitOf(a.unitId);
    if (!kindsHeld.has(unit)) kindsHeld.set(unit, new Set());
    kindsHeld.get(unit)!.add(a.kind);
    kindsHeld.get(null)!.add(a.kind);
  }
  const heldKinds = (unitId: number | null) => kindsHeld.get(unitId) ?? new Set<ActivityKind>();

  const reportingUnits = [...new Set(facts.units.map((u) => unitOf(u.id)))];

  return [null, ...reportingUnits].map((unitId) => {
    const leads = facts.leads.filter((l) => inUnit(unitId, l.unitId));
    const officers = facts.officers.filter((o) => inUnit(unitId, o.unitId));
    const units = unitId === null ? reportingUnits : [unitId];
    const kinds = heldKinds(unitId);
    return {
      unitId,
      year,
      targets: [
        figure('nurtured', shareOf(upTo('nurtured', unitId), upTo('honoured', unitId)), year),
        figure('unitsUpdated', shareOf(units.filter((u) => updatedUnits.has(u)).length, units.length), year),
        figure(
          'leadsTrained',
          shareOf(leads.filter((l) => trainedIds.has(l.userId)).length, leads.length),
          year,
        ),
        figure('officersTrained', shareOf(officers.filter(trained).length, officers.length), year),
      ],
      civicActivity: civicKinds.some((k) => kinds.has(k)),
      inspirationActivity: inspirationKinds.some((k) => kinds.has(k)),
    };
  });
}

/** How far a unit is behind: the number of targets not met, then its lowest share; worst first. */
export function sortBehindFirst(rows: UnitYearFigures[]): UnitYearFigures[] {
  const missed = (r: UnitYearFigures) =>
    r.targets.filter((t) => t.met === false).length +
    (r.civicActivity ? 0 : 1) +
    (r.inspirationActivity ? 0 : 1);
  const lowest = (r: UnitYearFigures) => Math.min(...r.targets.map((t) => t.share.value ?? 1));
  return [...rows].sort((a, b) => missed(b) - missed(a) || lowest(a) - lowest(b));
}

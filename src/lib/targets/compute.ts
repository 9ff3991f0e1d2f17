import type { ActivityKind } from '@db/schema/nurture';
import { isMet, type Share, shareOf, type TargetKey, thresholdFor } from './thresholds';
import { reportingUnitOf } from './units';

/** What the targets are computed from: facts as stored, already reduced to years. */
export interface TargetFacts {
  units: readonly { id: number; name: string }[];
  /** Every honour, revoked ones included (they are left out here, in one place). */
  honours: readonly { talentId: number; year: number; revoked: boolean }[];
  /** The current unit of each talent: a talent who moved counts in the unit they are in now. */
  talentUnits: ReadonlyMap<number, number>;
  /** A talent took part in an activity held in `year` (any unit's activity counts). */
  participations: readonly { talentId: number; year: number }[];
  activities: readonly { unitId: number; year: number; kind: ActivityKind }[];
  /** A unit changed some of its talents' data in `year`. */
  dataUpdates: readonly { unitId: number; year: number }[];
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

/** The first year each talent held an honour that still stands. */
function firstHonourYears(facts: TargetFacts): Map<number, number> {
  const first = new Map<number, number>();
  for (const h of facts.honours) {
    if (h.revoked) continue;
    const seen = first.get(h.talentId);
    if (seen === undefined || h.year < seen) first.set(h.talentId, h.year);
  }
  return first;
}

/**
 * Every target for `year`, for each unit and the province (`unitId: null`). A talent honoured in
 * year H is nurtured in year Y when they took part in an activity held in a year from H to Y;
 * activities held before the honour do not count, and the share is cumulative up to Y.
 * @example computeTargets(facts, 2025).find((f) => f.unitId === null)
 */
export function computeTargets(facts: TargetFacts, year: number): UnitYearFigures[] {
  const unitOf = (id: number) => reportingUnitOf(id, facts.successorOf);
  const honouredSince = firstHonourYears(facts);
  const nurtured = new Set<number>();
  for (const p of facts.participations) {
    const since = honouredSince.get(p.talentId);
    if (since !== undefined && p.year >= since && p.year <= year) nurtured.add(p.talentId);
  }
  const trained = (o: TargetFacts['officers'][number]) =>
    o.firstTrainedYear !== null && o.firstTrainedYear <= year;
  const trainedIds = new Set(facts.officers.filter(trained).map((o) => o.userId));
  const updatedUnits = new Set(facts.dataUpdates.filter((u) => u.year === year).map((u) => unitOf(u.unitId)));
  const heldKinds = (unitId: number | null) =>
    new Set(
      facts.activities
        .filter((a) => a.year === year && (unitId === null || unitOf(a.unitId) === unitId))
        .map((a) => a.kind),
    );

  const reportingUnits = [...new Set(facts.units.map((u) => unitOf(u.id)))];
  const inUnit = (unitId: number | null, id: number | null) =>
    unitId === null || (id !== null && unitOf(id) === unitId);

  return [null, ...reportingUnits].map((unitId) => {
    const honoured = [...honouredSince].filter(
      ([talentId, since]) => since <= year && inUnit(unitId, facts.talentUnits.get(talentId) ?? null),
    );
    const leads = facts.leads.filter((l) => inUnit(unitId, l.unitId));
    const officers = facts.officers.filter((o) => inUnit(unitId, o.unitId));
    const units = unitId === null ? reportingUnits : [unitId];
    const kinds = heldKinds(unitId);
    return {
      unitId,
      year,
      targets: [
        figure(
          'nurtured',
          shareOf(honoured.filter(([id]) => nurtured.has(id)).length, honoured.length),
          year,
        ),
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

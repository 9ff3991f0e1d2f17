import { describe, expect, it } from 'vitest';
import { computeTargets, sortBehindFirst, type TargetFacts } from '@/lib/targets/compute';
import { ageBandOf, countBy, type HonouredTalentRow } from '@/lib/targets/counts';
import { thresholdFor } from '@/lib/targets/thresholds';
import { reportingUnitOf } from '@/lib/targets/units';

const UNIT_A = 1;
const UNIT_B = 2;
const EMPTY = 3;

function facts(over: Partial<TargetFacts> = {}): TargetFacts {
  return {
    units: [
      { id: UNIT_A, name: 'A' },
      { id: UNIT_B, name: 'B' },
      { id: EMPTY, name: 'Empty' },
    ],
    honours: [],
    talentUnits: new Map(),
    participations: [],
    activities: [],
    dataUpdates: [],
    officers: [],
    leads: [],
    ...over,
  };
}

const target = (rows: ReturnType<typeof computeTargets>, unitId: number | null, key: string) =>
  rows.find((r) => r.unitId === unitId)!.targets.find((t) => t.key === key)!;

describe('nurtured share', () => {
  it('counts a talent honoured in one year and active in the next from that next year on', () => {
    const data = facts({
      honours: [{ talentId: 10, year: 2024, revoked: false }],
      talentUnits: new Map([[10, UNIT_A]]),
      participations: [{ talentId: 10, year: 2025 }],
    });
    expect(target(computeTargets(data, 2024), UNIT_A, 'nurtured').share).toEqual({
      part: 0,
      whole: 1,
      value: 0,
    });
    expect(target(computeTargets(data, 2025), UNIT_A, 'nurtured').share).toEqual({
      part: 1,
      whole: 1,
      value: 1,
    });
    expect(target(computeTargets(data, 2026), null, 'nurtured').share.value).toBe(1);
  });

  it('does not count an activity held before the honour', () => {
    const data = facts({
      honours: [{ talentId: 10, year: 2025, revoked: false }],
      talentUnits: new Map([[10, UNIT_A]]),
      participations: [{ talentId: 10, year: 2023 }],
    });
    expect(target(computeTargets(data, 2025), UNIT_A, 'nurtured').share.part).toBe(0);
  });

  it('leaves out a revoked honour but keeps the talent’s other honour', () => {
    const data = facts({
      honours: [
        { talentId: 10, year: 2023, revoked: true },
        { talentId: 10, year: 2025, revoked: false },
        { talentId: 11, year: 2023, revoked: true },
      ],
      talentUnits: new Map([
        [10, UNIT_A],
        [11, UNIT_A],
      ]),
      participations: [
        { talentId: 10, year: 2024 },
        { talentId: 11, year: 2024 },
      ],
    });
    expect(target(computeTargets(data, 2024), UNIT_A, 'nurtured').share).toEqual({
      part: 0,
      whole: 0,
      value: null,
    });
    expect(target(computeTargets(data, 2025), UNIT_A, 'nurtured').share).toEqual({
      part: 0,
      whole: 1,
      value: 0,
    });
  });

  it('counts a talent who moved in their current unit only, with activities of any unit', () => {
    const data = facts({
      honours: [
        { talentId: 10, year: 2024, revoked: false },
        { talentId: 11, year: 2024, revoked: false },
      ],
      talentUnits: new Map([
        [10, UNIT_B],
        [11, UNIT_A],
      ]),
      participations: [{ talentId: 10, year: 2024 }],
      activities: [{ unitId: UNIT_A, year: 2024, kind: 'civic_trip' }],
    });
    const rows = computeTargets(data, 2024);
    expect(target(rows, UNIT_A, 'nurtured').share).toEqual({ part: 0, whole: 1, value: 0 });
    expect(target(rows, UNIT_B, 'nurtured').share).toEqual({ part: 1, whole: 1, value: 1 });
    expect(target(rows, null, 'nurtured').share).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(target(rows, UNIT_A, 'nurtured').met).toBe(false);
    expect(target(rows, UNIT_B, 'nurtured').met).toBe(true);
  });

  it('has nothing to measure in an empty unit', () => {
    const rows = computeTargets(facts(), 2025);
    const empty = rows.find((r) => r.unitId === EMPTY)!;
    expect(empty.targets.filter((t) => t.key !== 'unitsUpdated').map((t) => t.met)).toEqual([
      null,
      null,
      null,
    ]);
    expect(target(rows, EMPTY, 'unitsUpdated').met).toBe(false);
    expect(empty.civicActivity).toBe(false);
  });
});

describe('units, officers and activities', () => {
  it('measures the units that updated their data in the year, the province over all units', () => {
    const data = facts({
      dataUpdates: [
        { unitId: UNIT_A, year: 2025 },
        { unitId: UNIT_B, year: 2024 },
      ],
    });
    expect(target(computeTargets(data, 2025), null, 'unitsUpdated').share).toEqual({
      part: 1,
      whole: 3,
      value: 1 / 3,
    });
    expect(target(computeTargets(data, 2025), UNIT_A, 'unitsUpdated').met).toBe(true);
  });

  it('counts officers trained by the year, leads and all officers apart', () => {
    const data = facts({
      officers: [
        { userId: 1, unitId: UNIT_A, firstTrainedYear: 2024 },
        { userId: 2, unitId: UNIT_A, firstTrainedYear: 2026 },
        { userId: 3, unitId: UNIT_B, firstTrainedYear: null },
        { userId: 4, unitId: null, firstTrainedYear: 2023 },
      ],
      leads: [
        { unitId: UNIT_A, userId: 1 },
        { unitId: UNIT_B, userId: 3 },
      ],
    });
    const rows = computeTargets(data, 2025);
    expect(target(rows, null, 'officersTrained').share).toEqual({ part: 2, whole: 4, value: 0.5 });
    expect(target(rows, UNIT_A, 'officersTrained').share).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(target(rows, null, 'leadsTrained').share).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(target(rows, UNIT_A, 'leadsTrained').met).toBe(true);
    expect(target(rows, UNIT_B, 'leadsTrained').met).toBe(false);
    expect(target(computeTargets(data, 2026), UNIT_A, 'officersTrained').met).toBe(true);
  });

  it('marks the civic and inspiration activities of each unit in the year', () => {
    const data = facts({
      activities: [
        { unitId: UNIT_A, year: 2025, kind: 'civic_trip' },
        { unitId: UNIT_A, year: 2025, kind: 'forum' },
        { unitId: UNIT_B, year: 2025, kind: 'training' },
        { unitId: UNIT_B, year: 2024, kind: 'civic_trip' },
      ],
    });
    const rows = computeTargets(data, 2025);
    expect(rows.map((r) => [r.unitId, r.civicActivity, r.inspirationActivity])).toEqual([
      [null, true, true],
      [UNIT_A, true, true],
      [UNIT_B, false, false],
      [EMPTY, false, false],
    ]);
    expect(sortBehindFirst(rows.slice(1)).map((r) => r.unitId)[2]).toBe(UNIT_A);
  });

  it('follows a merged unit to its successor', () => {
    expect(
      reportingUnitOf(
        5,
        new Map([
          [5, 4],
          [4, 1],
        ]),
      ),
    ).toBe(1);
    expect(
      reportingUnitOf(
        5,
        new Map([
          [5, 4],
          [4, 5],
        ]),
      ),
    ).toBe(5);
    const data = facts({
      successorOf: new Map([[UNIT_B, UNIT_A]]),
      dataUpdates: [{ unitId: UNIT_B, year: 2025 }],
    });
    const rows = computeTargets(data, 2025);
    expect(rows.map((r) => r.unitId)).toEqual([null, UNIT_A, EMPTY]);
    expect(target(rows, UNIT_A, 'unitsUpdated').met).toBe(true);
  });
});

describe('thresholds and counts', () => {
  it('uses the 2025 milestone until 2029 and the 2030 one after', () => {
    expect([2024, 2029, 2030].map((y) => thresholdFor('nurtured', y))).toEqual([0.4, 0.4, 0.6]);
    expect([2025, 2031].map((y) => thresholdFor('officersTrained', y))).toEqual([0.7, 0.8]);
  });

  it('counts talents once per field and by age band', () => {
    const rows: HonouredTalentRow[] = [
      {
        talentId: 1,
        unitId: 1,
        birthYear: 2005,
        placeKind: 'in_province',
        fieldIds: [1, 2],
        level: 'national',
      },
      { talentId: 2, unitId: 1, birthYear: 1990, placeKind: 'abroad', fieldIds: [2, 2], level: null },
    ];
    expect(countBy(rows, (r) => r.fieldIds)).toEqual(
      new Map([
        [1, 1],
        [2, 2],
      ]),
    );
    expect(countBy(rows, (r) => [ageBandOf(r.birthYear, 2025)])).toEqual(
      new Map([
        ['16-20', 1],
        ['31-35', 1],
      ]),
    );
    expect(ageBandOf(1980, 2025)).toBe('36+');
  });
});

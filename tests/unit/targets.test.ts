import { describe, expect, it } from 'vitest';
import { computeTargets, sortBehindFirst, type TallyRow, type TargetFacts } from '@/lib/targets/compute';
import { ageBandOf, countHonoured, countHonouredByYear } from '@/lib/targets/counts';
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
    tallies: [],
    activities: [],
    officers: [],
    leads: [],
    ...over,
  };
}

const target = (rows: ReturnType<typeof computeTargets>, unitId: number | null, key: string) =>
  rows.find((r) => r.unitId === unitId)!.targets.find((t) => t.key === key)!;

/** Tally rows of one measure: [unitId, year, count]. */
const tallyRows = (measure: TallyRow['measure'], ...counts: [number, number, number][]): TallyRow[] =>
  counts.map(([unitId, year, count]) => ({ unitId, year, measure, key: '', count }));

describe('nurtured share', () => {
  it('counts a talent honoured in one year and active in the next from that next year on', () => {
    const data = facts({
      tallies: [...tallyRows('honoured', [UNIT_A, 2024, 1]), ...tallyRows('nurtured', [UNIT_A, 2025, 1])],
    });
    expect(target(computeTargets(data, 2023), UNIT_A, 'nurtured').share).toEqual({
      part: 0,
      whole: 0,
      value: null,
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

  it('adds up the years: the province over every unit, each unit on its own', () => {
    const data = facts({
      tallies: [
        ...tallyRows('honoured', [UNIT_A, 2023, 2], [UNIT_B, 2024, 1], [UNIT_A, 2025, 1]),
        ...tallyRows('nurtured', [UNIT_A, 2024, 1], [UNIT_B, 2024, 1]),
      ],
    });
    const byYear = computeTargets(data, 2024);
    expect(target(byYear, UNIT_A, 'nurtured').share).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(target(byYear, UNIT_B, 'nurtured').share).toEqual({ part: 1, whole: 1, value: 1 });
    expect(target(byYear, null, 'nurtured').share).toEqual({ part: 2, whole: 3, value: 2 / 3 });
    expect(target(byYear, UNIT_A, 'nurtured').met).toBe(true);
    expect(target(computeTargets(data, 2025), UNIT_A, 'nurtured').share).toEqual({
      part: 1,
      whole: 3,
      value: 1 / 3,
    });
    expect(target(computeTargets(data, 2025), UNIT_A, 'nurtured').met).toBe(false);
  });

  it('has nothing to measure in an empty unit', () => {
    const figures = computeTargets(facts(), 2025);
    const empty = figures.find((r) => r.unitId === EMPTY)!;
    expect(empty.targets.filter((t) => t.key !== 'unitsUpdated').map((t) => t.met)).toEqual([
      null,
      null,
      null,
    ]);
    expect(target(figures, EMPTY, 'unitsUpdated').met).toBe(false);
    expect(empty.civicActivity).toBe(false);
  });
});

describe('units, officers and activities', () => {
  it('measures the units that updated their data in the year, the province over all units', () => {
    const data = facts({
      tallies: tallyRows('updated', [UNIT_A, 2025, 3], [UNIT_B, 2024, 1]),
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
      tallies: [...tallyRows('updated', [UNIT_B, 2025, 1]), ...tallyRows('honoured', [UNIT_B, 2025, 2])],
    });
    const rows = computeTargets(data, 2025);
    expect(rows.map((r) => r.unitId)).toEqual([null, UNIT_A, EMPTY]);
    expect(target(rows, UNIT_A, 'unitsUpdated').met).toBe(true);
    expect(target(rows, UNIT_A, 'nurtured').share.whole).toBe(2);
  });
});

describe('thresholds and counts', () => {
  it('uses the 2025 milestone until 2029 and the 2030 one after', () => {
    expect([2024, 2029, 2030].map((y) => thresholdFor('nurtured', y))).toEqual([0.4, 0.4, 0.6]);
    expect([2025, 2031].map((y) => thresholdFor('officersTrained', y))).toEqual([0.7, 0.8]);
  });

  it('counts the talents honoured in a year by each dimension, bands of ages, merged units under their successor', () => {
    const tally = (
      unitId: number,
      year: number,
      measure: TallyRow['measure'],
      key: string,
      count: number,
    ) => ({
      unitId,
      year,
      measure,
      key,
      count,
    });
    const tallies: TallyRow[] = [
      tally(UNIT_A, 2025, 'honoured_in', '', 2),
      tally(UNIT_B, 2025, 'honoured_in', '', 1),
      tally(EMPTY, 2024, 'honoured_in', '', 4),
      tally(UNIT_A, 2025, 'field', '1', 2),
      tally(UNIT_B, 2025, 'field', '1', 1),
      tally(UNIT_B, 2025, 'field', '2', 1),
      tally(UNIT_A, 2025, 'age', '19', 1),
      tally(UNIT_A, 2025, 'age', '20', 1),
      tally(UNIT_B, 2025, 'age', '36', 1),
      tally(UNIT_A, 2025, 'place', 'abroad', 2),
      tally(UNIT_B, 2025, 'place', 'in_province', 1),
      tally(UNIT_A, 2025, 'level', 'national', 1),
      tally(UNIT_A, 2025, 'nurtured', '', 9),
    ];
    const counts = countHonoured(
      tallies,
      2025,
      () => true,
      (id) => (id === UNIT_B ? UNIT_A : id),
    );
    expect(counts.total).toBe(3);
    expect(counts.by).toEqual({
      unit: [[String(UNIT_A), 3]],
      field: [
        ['1', 3],
        ['2', 1],
      ],
      level: [['national', 1]],
      ageBand: [
        ['16-20', 2],
        ['36+', 1],
      ],
      place: [
        ['abroad', 2],
        ['in_province', 1],
      ],
    });
    expect(countHonoured(tallies, 2025, (id) => id === UNIT_B).total).toBe(1);
    expect(countHonoured([], 2025, () => true).by.unit).toEqual([]);
    expect(countHonouredByYear(tallies, [2024, 2025, 2026], () => true)).toEqual([
      { year: 2024, count: 4 },
      { year: 2025, count: 3 },
      { year: 2026, count: 0 },
    ]);
    expect([16, 20, 21, 30, 35, 36].map(ageBandOf)).toEqual([
      '16-20',
      '16-20',
      '21-25',
      '26-30',
      '31-35',
      '36+',
    ]);
  });
});

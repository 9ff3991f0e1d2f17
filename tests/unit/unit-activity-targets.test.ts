import { describe, expect, it } from 'vitest';
import { computeTargets, type TargetFacts } from '@/lib/targets/compute';
import { unitActivityTargets } from '@/lib/targets/unit-activities';

const LONG_XUYEN = 1;
const CHAU_DOC = 2;
const EMPTY = 3;
/** A ward merged into Long Xuyên on 1 July 2025: inactive, so not among the units. */
const MERGED = 9;

const facts = (activities: TargetFacts['activities']): TargetFacts => ({
  units: [
    { id: LONG_XUYEN, name: 'Long Xuyên' },
    { id: CHAU_DOC, name: 'Châu Đốc' },
    { id: EMPTY, name: 'Trống' },
  ],
  tallies: [],
  activities,
  officers: [],
  leads: [],
  successorOf: new Map([[MERGED, LONG_XUYEN]]),
});

const standing = (data: TargetFacts, year: number) => {
  const names = new Map(data.units.map((u) => [u.id, u.name]));
  const [, ...units] = computeTargets(data, year);
  return unitActivityTargets(units.map((u) => ({ ...u, name: names.get(u.unitId!)! })));
};

describe('one civic-education and one inspiration activity per unit a year', () => {
  it('is met by a unit holding both kinds in the year, and missed by an empty unit', () => {
    const result = standing(
      facts([
        { unitId: CHAU_DOC, year: 2025, kind: 'civic_trip' },
        { unitId: CHAU_DOC, year: 2025, kind: 'mentoring' },
        { unitId: LONG_XUYEN, year: 2025, kind: 'civic_trip' },
        { unitId: LONG_XUYEN, year: 2025, kind: 'training' },
      ]),
      2025,
    );
    expect(result.units).toEqual([
      { unitId: LONG_XUYEN, name: 'Long Xuyên', civic: true, inspiration: false, met: false },
      { unitId: EMPTY, name: 'Trống', civic: false, inspiration: false, met: false },
      { unitId: CHAU_DOC, name: 'Châu Đốc', civic: true, inspiration: true, met: true },
    ]);
    expect(result.share).toEqual({ part: 1, whole: 3, value: 1 / 3 });
  });

  it("counts a merged unit's activity for its successor", () => {
    const result = standing(
      facts([
        { unitId: MERGED, year: 2025, kind: 'forum' },
        { unitId: LONG_XUYEN, year: 2025, kind: 'civic_trip' },
      ]),
      2025,
    );
    expect(result.units.find((u) => u.unitId === LONG_XUYEN)!.met).toBe(true);
    expect(result.units.map((u) => u.unitId)).not.toContain(MERGED);
  });

  it('counts only the year asked: last year’s trip does not carry over', () => {
    const data = facts([
      { unitId: CHAU_DOC, year: 2024, kind: 'civic_trip' },
      { unitId: CHAU_DOC, year: 2025, kind: 'conference' },
    ]);
    expect(standing(data, 2025).units.find((u) => u.unitId === CHAU_DOC)!.met).toBe(false);
    expect(standing(data, 2024).units.find((u) => u.unitId === CHAU_DOC)).toMatchObject({
      civic: true,
      inspiration: false,
    });
  });

  it('has nothing to measure without units', () => {
    expect(unitActivityTargets([])).toEqual({ units: [], share: { part: 0, whole: 0, value: null } });
  });
});

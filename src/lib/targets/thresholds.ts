/** The plan's targets, each a share of something in a year, measured against a threshold. */
export const targetKeys = ['nurtured', 'unitsUpdated', 'leadsTrained', 'officersTrained'] as const;
export type TargetKey = (typeof targetKeys)[number];

/**
 * The share a target must reach in `year`. The plan sets milestones "by 2025" and "by 2030": the 2025
 * milestone is the floor until 2029, the 2030 one applies from 2030 (plan of the provincial Youth
 * Union, 2024, section II.1).
 * @example thresholdFor('nurtured', 2026) // 0.4
 */
export function thresholdFor(key: TargetKey, year: number): number {
  switch (key) {
    case 'nurtured':
      return year >= 2030 ? 0.6 : 0.4;
    case 'officersTrained':
      return year >= 2030 ? 0.8 : 0.7;
    case 'unitsUpdated':
    case 'leadsTrained':
      return 1;
  }
}

/** A measured share: `part` of `whole`, or null when there is nothing to measure (an empty unit). */
export interface Share {
  part: number;
  whole: number;
  value: number | null;
}

export function shareOf(part: number, whole: number): Share {
  return { part, whole, value: whole === 0 ? null : part / whole };
}

/** Met, not met, or nothing to measure. */
export function isMet(share: Share, threshold: number): boolean | null {
  return share.value === null ? null : share.value >= threshold;
}

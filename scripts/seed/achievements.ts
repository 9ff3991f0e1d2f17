/** Picks what a demo talent won: the level by age, an award open to them, its rank and the title. */
import type { AchievementLevel } from '@db/schema';
import { type AwardDefinition, AWARDS, type RankKind } from './awards';
import type { Random } from './random';
import type { FieldSlug } from './reference';

const RANKS: Record<RankKind, readonly (readonly [string, number])[]> = {
  competition: [
    ['Giải Nhất', 1],
    ['Giải Nhì', 2],
    ['Giải Ba', 3],
    ['Giải Khuyến khích', 3],
  ],
  medal: [
    ['Huy chương Vàng', 1],
    ['Huy chương Bạc', 2],
    ['Huy chương Đồng', 3],
  ],
  title: [['Danh hiệu', 1]],
  // A named prize ("Giải thưởng Khoa học công nghệ Quả Cầu Vàng") has no grade: the award name says it all.
  prize: [['', 1]],
  commendation: [['Bằng khen', 1]],
};

const inRange = (age: number, ages: AwardDefinition['ages']) => !ages || (age >= ages[0] && age <= ages[1]);

/**
 * An award of `level` for someone in `field` aged `age` that year; null when there is none, so the
 * caller can try another level (a 30-year-old has no school awards).
 */
export function pickAward(
  rng: Random,
  field: FieldSlug,
  level: AchievementLevel,
  age: number,
): AwardDefinition | null {
  const candidates = AWARDS.filter(
    (a) => a.level === level && (a.fields === 'all' || a.fields.includes(field)) && inRange(age, a.ages),
  );
  if (candidates.length === 0) return null;
  return rng.weighted(candidates.map((a) => [a, a.weight ?? 1] as const));
}

export function pickRank(rng: Random, kind: RankKind): string {
  return rng.weighted(RANKS[kind]);
}

/** The achievement title as the app shows it: rank, award, year ("Giải Nhất Hội thi … năm 2024"). */
export function achievementTitle(rank: string, awardName: string, year: number): string {
  return `${rank ? `${rank} ` : ''}${awardName} năm ${year}`;
}

/** Level weights by age: school awards stop once a person has left school. */
export function levelWeights(age: number): readonly (readonly [AchievementLevel, number])[] {
  return [
    ['school', age <= 23 ? 20 : 0],
    ['unit', 24],
    ['provincial', 33],
    ['national', 19],
    ['international', 4],
  ];
}

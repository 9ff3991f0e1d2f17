/**
 * One fictional talent with fields and achievements, as plain data. The demo seed and the synthetic
 * benchmark seed share this generator, so the large set looks like the small one; each adds its own
 * statuses, verifications and honours.
 */
import { isEligibleInYear } from '@/lib/eligibility';
import { slugify } from '@/lib/vietnamese';
import { defaultVisibility } from '@/lib/visibility';
import {
  type AchievementLevel,
  achievementLevels,
  type Gender,
  type NewAchievement,
  type NewTalent,
  type PlaceKind,
  type ProfileVisibility,
  type TalentLink,
  type TalentStatus,
} from '@db/schema';
import { achievementTitle, levelWeights, pickAward, pickRank } from './achievements';
import { AWARDS, SCHOOL_ISSUER, UNIT_ISSUER } from './awards';
import { generateBios } from './bios';
import { generateName, pickCommunity } from './names';
import { currentSchool, schoolFor } from './schools';
import type { Random } from './random';
import {
  type ChildUnitSlug,
  FIELD_SLUGS,
  type FieldSlug,
  isDistrictTier,
  UNIT_DEFINITIONS,
  unitDefinition,
} from './reference';

/**
 * The seed's "now". Fixed rather than read from the clock so that ages, visibility defaults and
 * timestamps are the same whenever the seed runs.
 */
export const SEED_YEAR = 2026;
/** The first year of the plan era the demo covers. */
export const FIRST_YEAR = 2022;
/** The latest timestamp the seed writes (31 October of {@link SEED_YEAR}). */
export const SEED_NOW = Date.UTC(SEED_YEAR, 9, 31, 12, 0, 0);

const DAY_MS = 86_400_000;

export interface AchievementDraft {
  /** The field the award was won in; not stored, used for honour citations. */
  field: FieldSlug;
  title: string;
  awardName: string;
  level: AchievementLevel;
  rank: string;
  year: number;
  issuingBody: string;
  evidenceUrl: string | null;
  createdAt: Date;
}

export interface TalentDraft {
  slug: string;
  fullName: string;
  birthYear: number;
  discoveredYear: number;
  gender: Gender;
  unit: ChildUnitSlug;
  placeKind: PlaceKind;
  placeName: string | null;
  placeCountry: string | null;
  shortBio: string;
  longBio: string;
  links: TalentLink[];
  contactEmail: string;
  openToOpportunities: boolean;
  visibility: ProfileVisibility;
  createdAt: Date;
  updatedAt: Date;
  /** The first is the primary field, the one bios and citations speak of. */
  fields: FieldSlug[];
  achievements: AchievementDraft[];
}

/** Hands out unique slugs: the folded name, then "-2", "-3" … for namesakes. */
export class SlugRegistry {
  readonly #taken = new Set<string>();
  readonly #next = new Map<string, number>();

  take(fullName: string): string {
    const base = slugify(fullName);
    let n = this.#next.get(base) ?? 1;
    let slug = n === 1 ? base : `${base}-${n}`;
    while (this.#taken.has(slug)) slug = `${base}-${++n}`;
    this.#next.set(base, n + 1);
    this.#taken.add(slug);
    return slug;
  }
}

/** Talents per unit, roughly by population and by how many young people each union serves. */
const UNIT_WEIGHTS: Record<ChildUnitSlug, number> = {
  'thanh-doan-long-xuyen': 14,
  'thanh-doan-chau-doc': 9,
  'thi-doan-tan-chau': 7,
  'thi-doan-tinh-bien': 7,
  'huyen-doan-an-phu': 6,
  'huyen-doan-phu-tan': 6,
  'huyen-doan-chau-phu': 7,
  'huyen-doan-chau-thanh': 6,
  'huyen-doan-cho-moi': 8,
  'huyen-doan-thoai-son': 6,
  'huyen-doan-tri-ton': 6,
  'doan-truong-dai-hoc-an-giang': 9,
  'doan-khoi-cac-co-quan-va-doanh-nghiep-tinh': 5,
  'doan-cong-an-tinh': 4,
  'doan-bo-doi-bien-phong-tinh': 4,
};

const FARMING_DISTRICTS: readonly ChildUnitSlug[] = [
  'huyen-doan-cho-moi',
  'huyen-doan-thoai-son',
  'huyen-doan-phu-tan',
  'huyen-doan-chau-phu',
  'huyen-doan-chau-thanh',
  'huyen-doan-an-phu',
];

/** Field weights for a unit: the university leans to study and science, the police to security. */
function fieldWeights(unit: ChildUnitSlug): [FieldSlug, number][] {
  const w: Record<FieldSlug, number> = {
    'hoc-tap': 1.4,
    'khoa-hoc-cong-nghe': 1,
    'tin-hoc-lap-trinh': 1.1,
    'khoi-nghiep-kinh-doanh': 1,
    'van-hoa-nghe-thuat': 1,
    'the-thao': 1,
    'cong-dong-tinh-nguyen': 1.1,
    'nong-nghiep': 0.9,
    'y-te': 0.7,
    'lao-dong-san-xuat': 0.7,
    'quoc-phong-an-ninh': 0.3,
  };
  if (unit === 'doan-truong-dai-hoc-an-giang') {
    w['hoc-tap'] *= 3;
    w['khoa-hoc-cong-nghe'] *= 3;
    w['tin-hoc-lap-trinh'] *= 3;
  } else if (unit === 'doan-cong-an-tinh' || unit === 'doan-bo-doi-bien-phong-tinh') {
    w['quoc-phong-an-ninh'] = 15;
    w['nong-nghiep'] = 0.1;
  } else if (unit === 'doan-khoi-cac-co-quan-va-doanh-nghiep-tinh') {
    w['khoi-nghiep-kinh-doanh'] *= 2;
    w['lao-dong-san-xuat'] *= 2.5;
    w['tin-hoc-lap-trinh'] *= 2;
    w['y-te'] *= 2;
  } else if (unit === 'huyen-doan-tri-ton' || unit === 'thi-doan-tinh-bien') {
    w['van-hoa-nghe-thuat'] *= 2;
    w['the-thao'] *= 1.5;
  } else if (unit === 'thanh-doan-long-xuyen') {
    w['tin-hoc-lap-trinh'] *= 1.5;
    w['khoi-nghiep-kinh-doanh'] *= 1.5;
  }
  if (FARMING_DISTRICTS.includes(unit)) w['nong-nghiep'] *= 3;
  return FIELD_SLUGS.map((f) => [f, w[f]]);
}

/**
 * Ages at discovery a unit takes in: the university's students are 18 and over, the police and border
 * guard have no minors, the agencies' union employs graduates.
 */
function discoveryAges(unit: ChildUnitSlug): readonly [number, number] {
  switch (unit) {
    case 'doan-truong-dai-hoc-an-giang':
      return [18, 26];
    case 'doan-cong-an-tinh':
    case 'doan-bo-doi-bien-phong-tinh':
      return [19, 35];
    case 'doan-khoi-cac-co-quan-va-doanh-nghiep-tinh':
      return [22, 35];
    default:
      return [16, 35];
  }
}

/** Most talents are discovered in their late teens and twenties. */
function ageWeight(age: number): number {
  if (age <= 18) return 3;
  if (age <= 24) return 3.5;
  if (age <= 30) return 2;
  return 1;
}

const DISCOVERY_YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2022, 18],
  [2023, 19],
  [2024, 21],
  [2025, 21],
  [2026, 21],
];

const ELSEWHERE_VN: readonly string[] = [
  'TP. Hồ Chí Minh',
  'TP. Hồ Chí Minh',
  'Cần Thơ',
  'Cần Thơ',
  'Hà Nội',
  'Đà Nẵng',
];
const ABROAD: readonly (readonly [string, string])[] = [
  ['Tokyo', 'JP'],
  ['Melbourne', 'AU'],
  ['Paris', 'FR'],
  ['Seoul', 'KR'],
  ['Singapore', 'SG'],
  ['Berlin', 'DE'],
  ['Boston', 'US'],
];

const ACHIEVEMENT_COUNTS: readonly (readonly [number, number])[] = [
  [1, 20],
  [2, 35],
  [3, 28],
  [4, 17],
];

/** A date in `year`, never after {@link SEED_NOW}. */
function dateIn(rng: Random, year: number): Date {
  const ms = Date.UTC(year, rng.int(0, 11), rng.int(1, 28), rng.int(1, 10), rng.int(0, 59));
  return new Date(Math.min(ms, SEED_NOW));
}

export interface GenerateOptions {
  fullName?: string;
  gender?: Gender;
  unit?: ChildUnitSlug;
  primaryField?: FieldSlug;
  placeKind?: PlaceKind;
  /** Names the generator must not produce at random (the demo's fixed examples). */
  reservedNames?: ReadonlySet<string>;
}

export function generateTalent(rng: Random, slugs: SlugRegistry, options: GenerateOptions = {}): TalentDraft {
  const unit =
    options.unit ?? rng.weighted(UNIT_DEFINITIONS.map((u) => [u.slug, UNIT_WEIGHTS[u.slug]] as const));
  const unitDef = unitDefinition(unit);
  const hometown = isDistrictTier(unitDef.kind) ? unitDef.shortName : null;

  const armed = unit === 'doan-cong-an-tinh' || unit === 'doan-bo-doi-bien-phong-tinh';
  const gender: Gender =
    options.gender ??
    rng.weighted<Gender>([
      ['male', armed ? 80 : 49],
      ['female', armed ? 20 : 49],
      ['other', armed ? 0 : 2],
    ]);

  let fullName = options.fullName;
  if (fullName === undefined) {
    const community = pickCommunity(rng, unit);
    do fullName = generateName(rng, gender, community);
    while (options.reservedNames?.has(fullName));
  }
  const slug = slugs.take(fullName);

  // Years: the age rule of the plan holds in the year of discovery by construction.
  const discoveredYear = rng.weighted(DISCOVERY_YEAR_WEIGHTS);
  const [minAge, maxAge] = discoveryAges(unit);
  const ages: [number, number][] = [];
  for (let a = minAge; a <= maxAge; a++) ages.push([a, ageWeight(a)]);
  const birthYear = discoveredYear - rng.weighted(ages);
  if (!isEligibleInYear(birthYear, discoveredYear))
    throw new Error(`Generated an ineligible talent: ${fullName}`);
  const ageNow = SEED_YEAR - birthYear;

  // Fields: a primary field by the unit's profile, then up to two more.
  const weights = fieldWeights(unit);
  const primary = options.primaryField ?? rng.weighted(weights);
  const fields: FieldSlug[] = [primary];
  const extra = rng.weighted([
    [0, 50],
    [1, 35],
    [2, 15],
  ] as const);
  for (let i = 0; i < extra; i++) {
    fields.push(rng.weighted(weights.filter(([f]) => !fields.includes(f))));
  }

  // Place: minors and the armed forces live in the province; some adults study or work elsewhere.
  let placeKind: PlaceKind = 'in_province';
  let placeName: string | null = null;
  let placeCountry: string | null = null;
  const studiesAtHome = unit === 'doan-truong-dai-hoc-an-giang' && ageNow <= 22;
  if (options.placeKind) placeKind = options.placeKind;
  else if (!armed && !studiesAtHome && ageNow >= 18) {
    placeKind = rng.weighted<PlaceKind>([
      ['in_province', 74],
      ['elsewhere_vn', 17],
      ['abroad', 9],
    ]);
  }
  if (placeKind === 'elsewhere_vn') placeName = rng.pick(ELSEWHERE_VN);
  if (placeKind === 'abroad') [placeName, placeCountry] = rng.pick(ABROAD);

  const { shortBio, longBio } = generateBios(rng, {
    fullName,
    age: ageNow,
    unit,
    hometown,
    field: primary,
    placeKind,
    placeName,
    placeCountry,
    school: currentSchool(rng, unit, hometown, ageNow, placeName),
  });

  const linkChoices: TalentLink[] = [
    { label: 'Trang cá nhân', url: `https://example.org/${slug}` },
    { label: 'Dự án tiêu biểu', url: `https://example.com/du-an/${slug}` },
    { label: 'Bài viết giới thiệu', url: `https://example.org/bai-viet/${slug}` },
  ];
  const links = rng.sample(
    linkChoices,
    rng.weighted([
      [0, 40],
      [1, 40],
      [2, 20],
    ] as const),
  );

  const createdAt = dateIn(rng, discoveredYear);
  const updatedAt = new Date(Math.min(createdAt.getTime() + rng.int(0, 400) * DAY_MS, SEED_NOW));

  const achievements = generateAchievements(rng, {
    slug,
    birthYear,
    discoveredYear,
    unit,
    hometown,
    fields,
    createdAt,
  });

  return {
    slug,
    fullName,
    birthYear,
    discoveredYear,
    gender,
    unit,
    placeKind,
    placeName,
    placeCountry,
    shortBio,
    longBio,
    links,
    contactEmail: `${slug}@example.vn`,
    openToOpportunities: rng.chance(0.4),
    visibility: defaultVisibility(birthYear, SEED_YEAR),
    createdAt,
    updatedAt,
    fields,
    achievements,
  };
}

interface AchievementContext {
  slug: string;
  birthYear: number;
  discoveredYear: number;
  unit: ChildUnitSlug;
  hometown: string | null;
  fields: readonly FieldSlug[];
  createdAt: Date;
}

/** The award every talent can fall back on when nothing else fits the field, level and age. */
const FALLBACK_AWARD = AWARDS.find((a) => a.name === 'Thanh niên tiên tiến làm theo lời Bác')!;

/**
 * One to four achievements, from two years before discovery (never before age 12) to the seed year,
 * sorted by year. A talent does not win the same award twice in one year.
 */
function generateAchievements(rng: Random, t: AchievementContext): AchievementDraft[] {
  const n = rng.weighted(ACHIEVEMENT_COUNTS);
  const firstYear = Math.max(t.discoveredYear - 2, t.birthYear + 12, FIRST_YEAR - 2);
  const titles = new Set<string>();
  const prizes = new Set<string>();
  const result: AchievementDraft[] = [];

  for (let attempt = 0; result.length < n && attempt < n * 4; attempt++) {
    const year = rng.int(firstYear, SEED_YEAR);
    const age = year - t.birthYear;
    const field = rng.chance(0.6) ? t.fields[0]! : rng.pick(t.fields);

    let award = null;
    for (let tries = 0; award === null && tries < 6; tries++) {
      award = pickAward(rng, field, rng.weighted(levelWeights(age)), age);
    }
    award ??= FALLBACK_AWARD;

    // A named prize is won once in a life; titles and competitions may come back year after year.
    if (award.rank === 'prize' && prizes.has(award.name)) continue;
    const rank = pickRank(rng, award.rank);
    const title = achievementTitle(rank, award.name, year);
    if (titles.has(title)) continue;
    titles.add(title);
    if (award.rank === 'prize') prizes.add(award.name);

    const unitDef = unitDefinition(t.unit);
    const issuingBody =
      award.issuer === UNIT_ISSUER
        ? unitDef.name
        : award.issuer === SCHOOL_ISSUER
          ? schoolFor(rng, t.unit, t.hometown, age)
          : award.issuer;

    // Recorded when won, or when the talent was first recorded if the award came before that.
    const won = dateIn(rng, year);
    const createdAt =
      won.getTime() < t.createdAt.getTime()
        ? new Date(Math.min(t.createdAt.getTime() + rng.int(0, 20) * DAY_MS, SEED_NOW))
        : won;

    result.push({
      field,
      title,
      awardName: award.name,
      level: award.level,
      rank,
      year,
      issuingBody,
      evidenceUrl: rng.chance(0.35)
        ? `https://example.org/minh-chung/${t.slug}-${result.length + 1}.pdf`
        : null,
      createdAt,
    });
  }
  return result.sort((a, b) => a.year - b.year || a.createdAt.getTime() - b.createdAt.getTime());
}

/** Levels from narrowest to widest, for ranking a talent's best achievement. */
export function levelRank(level: AchievementLevel): number {
  return achievementLevels.indexOf(level);
}

/** The database row of a generated talent. */
export function toTalentRow(
  id: number,
  d: TalentDraft,
  status: TalentStatus,
  unitIds: ReadonlyMap<ChildUnitSlug, number>,
): NewTalent {
  return {
    id,
    slug: d.slug,
    fullName: d.fullName,
    birthYear: d.birthYear,
    discoveredYear: d.discoveredYear,
    gender: d.gender,
    unitId: unitIds.get(d.unit)!,
    placeKind: d.placeKind,
    placeName: d.placeName,
    placeCountry: d.placeCountry,
    shortBio: d.shortBio,
    longBio: d.longBio,
    photoPath: null,
    links: d.links,
    contactEmail: d.contactEmail,
    openToOpportunities: d.openToOpportunities,
    status,
    visibility: d.visibility,
    userId: null,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

/** The database row of a generated achievement, not yet verified. */
export function toAchievementRow(talentId: number, a: AchievementDraft): NewAchievement {
  return {
    talentId,
    title: a.title,
    awardName: a.awardName,
    level: a.level,
    rank: a.rank,
    year: a.year,
    issuingBody: a.issuingBody,
    evidenceUrl: a.evidenceUrl,
    createdAt: a.createdAt,
  };
}

/**
 * Rows of the demo world that tests and the documentation may name. Tests read them from here,
 * never as literals, so a change to the demo data changes them in one place.
 */
import type { Gender, HonourKind, PlaceKind } from '@db/schema';
import { slugify } from '@/lib/vietnamese';
import { FIRST_YEAR, SEED_YEAR } from './people';
import type { ChildUnitSlug, FieldSlug } from './reference';

export interface DemoExample {
  fullName: string;
  gender: Gender;
  unit: ChildUnitSlug;
  field: FieldSlug;
  placeKind: PlaceKind;
}

/** The exact "Nguyễn Văn Đức" a search for "nguyen van duc" finds first. */
export const EXACT_NAME_EXAMPLE: DemoExample = {
  fullName: 'Nguyễn Văn Đức',
  gender: 'male',
  unit: 'thanh-doan-long-xuyen',
  field: 'tin-hoc-lap-trinh',
  placeKind: 'in_province',
};

/** A university talent without an account: the browser test claims this profile. */
export const CLAIMABLE_EXAMPLE: DemoExample = {
  fullName: 'Lê Thùy Dương',
  gender: 'female',
  unit: 'doan-truong-dai-hoc-an-giang',
  field: 'hoc-tap',
  placeKind: 'in_province',
};

/** A Khmer name, public to all: the browser test looks at it as a verified employer. */
export const KHMER_EXAMPLE: DemoExample = {
  fullName: 'Chau Sóc Phol',
  gender: 'male',
  unit: 'huyen-doan-tri-ton',
  field: 'the-thao',
  placeKind: 'in_province',
};

/**
 * Fixed examples the search and the documentation rely on: an exact "Nguyễn Văn Đức", names that fold
 * to the same "duong" (Đường, Dương), and Khmer and Chăm names. They are seeded first, verified and
 * public, so each keeps the slug of its name ({@link exampleSlug}).
 */
export const DEMO_EXAMPLES: readonly DemoExample[] = [
  EXACT_NAME_EXAMPLE,
  {
    fullName: 'Đường Minh Khoa',
    gender: 'male',
    unit: 'thanh-doan-chau-doc',
    field: 'khoa-hoc-cong-nghe',
    placeKind: 'abroad',
  },
  {
    fullName: 'Dương Thị Ngọc Trâm',
    gender: 'female',
    unit: 'huyen-doan-cho-moi',
    field: 'nong-nghiep',
    placeKind: 'in_province',
  },
  CLAIMABLE_EXAMPLE,
  KHMER_EXAMPLE,
  {
    fullName: 'Néang Sô Phi',
    gender: 'female',
    unit: 'thi-doan-tinh-bien',
    field: 'van-hoa-nghe-thuat',
    placeKind: 'in_province',
  },
  {
    fullName: 'Mohamad Sa Ri',
    gender: 'male',
    unit: 'huyen-doan-an-phu',
    field: 'khoi-nghiep-kinh-doanh',
    placeKind: 'in_province',
  },
  {
    fullName: 'Fatimah Ha Lim',
    gender: 'female',
    unit: 'thi-doan-tan-chau',
    field: 'y-te',
    placeKind: 'elsewhere_vn',
  },
];

/** The address segment of an example's profile page. */
export function exampleSlug(example: DemoExample): string {
  return slugify(example.fullName);
}

/** The years the demo honours cover, oldest first: every year of the plan era up to the seed's year. */
export const DEMO_HONOUR_YEARS: readonly number[] = Array.from(
  { length: SEED_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);

/** The title of each kind of demo honour in a year. */
export const DEMO_HONOUR_TITLES: Record<HonourKind, (year: number) => string> = {
  featured_young_face: (y) => `Gương mặt trẻ tiêu biểu tỉnh An Giang năm ${y}`,
  promising_young_face: (y) => `Gương mặt trẻ triển vọng tỉnh An Giang năm ${y}`,
  other: (y) => `Thanh niên tiên tiến làm theo lời Bác tỉnh An Giang năm ${y}`,
};

export { ADMIN_EMAIL as DEMO_ADMIN_EMAIL, demoOfficerEmail } from './staff';

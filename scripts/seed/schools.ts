/** The schools behind demo talents' school awards and their current studies. */
import type { Random } from './random';
import type { ChildUnitSlug } from './reference';

const HIGH_SCHOOLS_OF_THE_PROVINCE = [
  'Trường THPT chuyên Thoại Ngọc Hầu',
  'Trường THPT chuyên Thủ Khoa Nghĩa',
  'Trường THPT Long Xuyên',
] as const;

/** The school behind a school-level award, by the talent's unit, hometown and age that year. */
export function schoolFor(rng: Random, unit: ChildUnitSlug, hometown: string | null, age: number): string {
  if (unit === 'doan-truong-dai-hoc-an-giang' && age >= 18) return 'Trường Đại học An Giang';
  if (age >= 19) {
    return rng.weighted([
      ['Trường Đại học An Giang', 5],
      ['Trường Cao đẳng An Giang', 2],
      ['Trường Đại học Cần Thơ', 2],
      ['Trường Đại học Bách khoa – ĐHQG TP. Hồ Chí Minh', 1],
    ] as const);
  }
  if (unit === 'thanh-doan-long-xuyen' && rng.chance(0.5)) return 'Trường THPT chuyên Thoại Ngọc Hầu';
  if (unit === 'thanh-doan-chau-doc' && rng.chance(0.5)) return 'Trường THPT chuyên Thủ Khoa Nghĩa';
  if (!hometown) return rng.pick(HIGH_SCHOOLS_OF_THE_PROVINCE);
  return `Trường THPT ${hometown}`;
}

/** Universities in the cities young people of An Giang most often move to. */
const CITY_UNIVERSITIES: Record<string, readonly string[]> = {
  'TP. Hồ Chí Minh': [
    'Trường Đại học Bách khoa – ĐHQG TP. Hồ Chí Minh',
    'Trường Đại học Kinh tế TP. Hồ Chí Minh',
    'Trường Đại học Y Dược TP. Hồ Chí Minh',
  ],
  'Cần Thơ': ['Trường Đại học Cần Thơ', 'Trường Đại học Y Dược Cần Thơ'],
  'Hà Nội': ['Trường Đại học Bách khoa Hà Nội', 'Trường Đại học Khoa học Tự nhiên – ĐHQG Hà Nội'],
  'Đà Nẵng': ['Trường Đại học Bách khoa – Đại học Đà Nẵng'],
};

/** The school someone attends now, consistent with where they live. */
export function currentSchool(
  rng: Random,
  unit: ChildUnitSlug,
  hometown: string | null,
  age: number,
  placeName: string | null,
): string {
  if (age <= 18 || unit === 'doan-truong-dai-hoc-an-giang') return schoolFor(rng, unit, hometown, age);
  const elsewhere = placeName ? CITY_UNIVERSITIES[placeName] : undefined;
  if (elsewhere) return rng.pick(elsewhere);
  return rng.weighted([
    ['Trường Đại học An Giang', 3],
    ['Trường Cao đẳng An Giang', 1],
  ] as const);
}

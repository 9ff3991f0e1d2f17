/**
 * Name parts for fictional people. An Giang is home to Kinh, Khmer, Chăm and Hoa communities, so the
 * demo data must exercise more than the family-middle-given pattern: Khmer names start with "Chau"
 * (men) or "Néang" (women), Chăm Muslim names in An Phú and Tân Châu follow Arabic–Malay forms, and
 * search has to cope with all of them. Every full name is a random combination, not a real person.
 */
import type { Gender } from '@db/schema';
import type { ChildUnitSlug } from './reference';
import type { Random } from './random';

export const communities = ['kinh', 'khmer', 'cham', 'hoa'] as const;
export type Community = (typeof communities)[number];

/** Family names weighted roughly by how common they are in the Mekong Delta. */
const KINH_FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 10],
  ['Lê', 9],
  ['Phạm', 6],
  ['Huỳnh', 7],
  ['Võ', 6],
  ['Phan', 4],
  ['Hoàng', 2],
  ['Trương', 3],
  ['Đặng', 3],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 3],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 2],
  ['Đường', 1],
  ['Đoàn', 2],
  ['Lâm', 2],
  ['Mai', 1],
  ['Cao', 1],
  ['Châu', 1],
  ['Tô', 1],
  ['Thái', 1],
  ['La', 1],
  ['Kiều', 1],
  ['Văn', 1],
  ['Đinh', 1],
];

const KINH_MIDDLE: Record<'male' | 'female', readonly string[]> = {
  male: [
    'Văn',
    'Văn',
    'Minh',
    'Hoàng',
    'Thanh',
    'Quốc',
    'Gia',
    'Đức',
    'Bảo',
    'Hữu',
    'Công',
    'Tấn',
    'Trung',
    'Nhật',
    'Khánh',
    'Duy',
  ],
  female: [
    'Thị',
    'Thị',
    'Ngọc',
    'Thanh',
    'Bảo',
    'Minh',
    'Khánh',
    'Mỹ',
    'Kim',
    'Thùy',
    'Thu',
    'Hồng',
    'Gia',
    'Phương',
    'Diễm',
    'Huỳnh',
  ],
};

const KINH_GIVEN: Record<'male' | 'female', readonly string[]> = {
  male: [
    'Đức',
    'Dương',
    'Hùng',
    'Khoa',
    'Phúc',
    'Quân',
    'Ân',
    'Tâm',
    'Khang',
    'Bảo',
    'Huy',
    'Lộc',
    'Nam',
    'Phát',
    'Tài',
    'Thịnh',
    'Trí',
    'Tuấn',
    'Vinh',
    'Hiếu',
    'Nghĩa',
    'Sơn',
    'Thắng',
    'Toàn',
    'Hải',
    'Kiên',
    'Long',
    'Nhân',
    'Duy',
    'Đạt',
    'Lợi',
    'Hậu',
    'Khôi',
    'Quý',
    'Tín',
    'Thuận',
  ],
  female: [
    'Mai',
    'Lan',
    'Tâm',
    'Trâm',
    'Nhi',
    'Ánh',
    'Ân',
    'Dương',
    'Hân',
    'Linh',
    'Ngân',
    'Nhung',
    'Quyên',
    'Thảo',
    'Trinh',
    'Uyên',
    'Vy',
    'Yến',
    'Diệu',
    'Hạnh',
    'Huyền',
    'Hương',
    'Loan',
    'Như',
    'Phương',
    'Thư',
    'Tiên',
    'Xuân',
    'Ngọc',
    'Hà',
    'Oanh',
    'Thủy',
  ],
};

/** Hoa families in the delta mostly write their names the Vietnamese way, with these family names. */
const HOA_FAMILY: readonly string[] = [
  'Lâm',
  'Quách',
  'Tăng',
  'Lưu',
  'Hứa',
  'Mã',
  'Diệp',
  'Trịnh',
  'Tạ',
  'Lữ',
  'Thái',
  'Châu',
];
const HOA_MIDDLE: Record<'male' | 'female', readonly string[]> = {
  male: ['Gia', 'Chí', 'Tuấn', 'Minh', 'Vĩnh', 'Quang'],
  female: ['Gia', 'Mỹ', 'Tú', 'Ngọc', 'Bội', 'Huệ'],
};
const HOA_GIVEN: Record<'male' | 'female', readonly string[]> = {
  male: ['Kiệt', 'Vĩ', 'Khải', 'Hào', 'Quang', 'Thành', 'Phong', 'Hưng'],
  female: ['Hân', 'Mỹ', 'Lệ', 'Tú', 'Huệ', 'Bích', 'Nghi', 'Doanh'],
};

/** "Chau" for men and "Néang" for women lead most Khmer names in Tri Tôn and Tịnh Biên. */
const KHMER_PREFIX: Record<'male' | 'female', readonly (readonly [string, number])[]> = {
  male: [
    ['Chau', 6],
    ['Danh', 2],
    ['Thạch', 2],
    ['Sơn', 1],
  ],
  female: [
    ['Néang', 6],
    ['Neáng', 1],
    ['Danh Thị', 1],
    ['Thạch Thị', 2],
  ],
};
const KHMER_GIVEN: Record<'male' | 'female', readonly string[]> = {
  male: [
    'Sóc Phol',
    'Ri Ta',
    'Sa Rây',
    'Sóc Khonl',
    'Phi Rum',
    'Kim Sa',
    'Ty Na',
    'Sóc Thanh',
    'Pha Ly',
    'Mên',
    'Sa Ráth',
    'Chanh Đa',
  ],
  female: [
    'Sô Phi',
    'Sa Rinh',
    'Sóc Thia',
    'Sa Vênh',
    'Chanh Ty',
    'Sa Ly',
    'Phol La',
    'Sô Phanh',
    'Kim Thy',
    'Sa Rết',
    'Đa Ni',
    'Mây',
  ],
};

/** Chăm Muslim names, written as the Chăm of An Phú and Tân Châu register them. */
const CHAM_FIRST: Record<'male' | 'female', readonly string[]> = {
  male: ['Mohamad', 'Abdul', 'Ys Mail', 'Ha Sanh', 'Mu Sa', 'Ka Rim', 'Sa Lim', 'Ro Sa Ly'],
  female: ['Fatimah', 'Ma Ry Dah', 'Ha Li Mah', 'Sa Fi Ah', 'Ai Sah', 'Ro Ky Ah', 'Ha Wa', 'Sa Ri Dah'],
};
const CHAM_SECOND: readonly string[] = [
  'Sa Ri',
  'Ly',
  'Ha Lim',
  'Sét',
  'Man',
  'Sô Lây',
  'Ha Mít',
  'Ki Ri',
  'Ta Ly',
  'Mát',
];

/**
 * Which community a person is drawn from, by unit: Khmer communities live mostly along the border
 * hills of Tri Tôn and Tịnh Biên, Chăm villages lie in An Phú and Tân Châu, Hoa families in the towns.
 */
export function pickCommunity(rng: Random, unitSlug: ChildUnitSlug): Community {
  const weights: Record<Community, number> = { kinh: 88, hoa: 6, khmer: 4, cham: 2 };
  switch (unitSlug) {
    case 'huyen-doan-tri-ton':
      weights.khmer = 40;
      break;
    case 'thi-doan-tinh-bien':
      weights.khmer = 30;
      break;
    case 'huyen-doan-an-phu':
      weights.cham = 14;
      break;
    case 'thi-doan-tan-chau':
      weights.cham = 9;
      break;
    case 'thanh-doan-chau-doc':
      weights.cham = 5;
      weights.khmer = 6;
      weights.hoa = 9;
      break;
    case 'thanh-doan-long-xuyen':
      weights.hoa = 10;
      break;
    default:
      break;
  }
  return rng.weighted(communities.map((c) => [c, weights[c]] as const));
}

/** A fictional full name; `other` gender draws from either list. */
export function generateName(rng: Random, gender: Gender, community: Community): string {
  const g: 'male' | 'female' = gender === 'other' ? rng.pick(['male', 'female'] as const) : gender;
  switch (community) {
    case 'kinh': {
      const family = rng.weighted(KINH_FAMILY);
      const middle = rng.pick(KINH_MIDDLE[g]);
      // Some parents give two middle names ("Nguyễn Ngọc Bảo Trâm"); more often for girls.
      const second = rng.chance(g === 'female' ? 0.18 : 0.06)
        ? rng.pick(KINH_MIDDLE[g].filter((m) => m !== middle && m !== 'Văn' && m !== 'Thị'))
        : null;
      const given = rng.pick(KINH_GIVEN[g]);
      return [family, middle, second, given].filter(Boolean).join(' ');
    }
    case 'hoa':
      return `${rng.pick(HOA_FAMILY)} ${rng.pick(HOA_MIDDLE[g])} ${rng.pick(HOA_GIVEN[g])}`;
    case 'khmer':
      return `${rng.weighted(KHMER_PREFIX[g])} ${rng.pick(KHMER_GIVEN[g])}`;
    case 'cham':
      return `${rng.pick(CHAM_FIRST[g])} ${rng.pick(CHAM_SECOND)}`;
  }
}

/** Fictional names of the demo officers, fixed so log-in examples in the docs stay valid. */
export const OFFICER_NAMES: readonly string[] = [
  'Trần Thị Thanh Hương',
  'Lê Minh Tuấn',
  'Phạm Ngọc Diễm',
  'Huỳnh Quốc Bảo',
  'Chau Ri Ta',
  'Võ Thị Kim Ngân',
  'Đặng Hữu Nghĩa',
  'Lâm Gia Hân',
  'Nguyễn Thùy Linh',
  'Hồ Tấn Phát',
];

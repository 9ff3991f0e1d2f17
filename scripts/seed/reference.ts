/**
 * Reference data every installation needs: the unit tree of the provincial Youth Union and the fields
 * of talent. Other parts of the app link to these slugs, so they are spelt out here as typed
 * constants rather than derived at run time; a test checks each unit slug equals slugify(name).
 */
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { fields, units, type UnitKind } from '@db/schema';
import { slugify } from '@/lib/vietnamese';

export const ROOT_UNIT_SLUG = 'tinh-doan-an-giang';

export interface UnitDefinition {
  slug: string;
  name: string;
  kind: UnitKind;
  /** The place or body without the "Thành Đoàn / Huyện Đoàn" prefix; used in e-mails and bios. */
  shortName: string;
  formerNames: string[];
}

/** The last day of the district tier: Resolution 1654/NQ-UBTVQH15 took effect on 1 July 2025. */
export const DISTRICT_TIER_END = '2025-06-30';
export const COMMUNE_TIER_START = '2025-07-01';

/**
 * The units of the plan era: district-level unions (history since 1 July 2025), then the unions
 * attached directly to the provincial Youth Union, which still exist. The order is the sort order.
 * `successor` names the commune-level union that kept the place's name (for Châu Thành, An Châu,
 * its former seat): the demo places a plan-era area's talents and officer there, and counts of an
 * old unit's remaining records fall under it.
 */
export const UNIT_DEFINITIONS = [
  {
    slug: 'thanh-doan-long-xuyen',
    name: 'Thành Đoàn Long Xuyên',
    kind: 'city',
    shortName: 'Long Xuyên',
    formerNames: [],
    successor: 'doan-phuong-long-xuyen',
  },
  // Châu Đốc was a town (thị xã) until it became a city in 2013.
  {
    slug: 'thanh-doan-chau-doc',
    name: 'Thành Đoàn Châu Đốc',
    kind: 'city',
    shortName: 'Châu Đốc',
    formerNames: ['Thị Đoàn Châu Đốc'],
    successor: 'doan-phuong-chau-doc',
  },
  {
    slug: 'thi-doan-tan-chau',
    name: 'Thị Đoàn Tân Châu',
    kind: 'town',
    shortName: 'Tân Châu',
    formerNames: [],
    successor: 'doan-phuong-tan-chau',
  },
  // Tịnh Biên was a district until it became a town in 2018.
  {
    slug: 'thi-doan-tinh-bien',
    name: 'Thị Đoàn Tịnh Biên',
    kind: 'town',
    shortName: 'Tịnh Biên',
    formerNames: ['Huyện Đoàn Tịnh Biên'],
    successor: 'doan-phuong-tinh-bien',
  },
  {
    slug: 'huyen-doan-an-phu',
    name: 'Huyện Đoàn An Phú',
    kind: 'district',
    shortName: 'An Phú',
    formerNames: [],
    successor: 'doan-xa-an-phu',
  },
  {
    slug: 'huyen-doan-phu-tan',
    name: 'Huyện Đoàn Phú Tân',
    kind: 'district',
    shortName: 'Phú Tân',
    formerNames: [],
    successor: 'doan-xa-phu-tan',
  },
  {
    slug: 'huyen-doan-chau-phu',
    name: 'Huyện Đoàn Châu Phú',
    kind: 'district',
    shortName: 'Châu Phú',
    formerNames: [],
    successor: 'doan-xa-chau-phu',
  },
  {
    slug: 'huyen-doan-chau-thanh',
    name: 'Huyện Đoàn Châu Thành',
    kind: 'district',
    shortName: 'Châu Thành',
    formerNames: [],
    successor: 'doan-xa-an-chau',
  },
  {
    slug: 'huyen-doan-cho-moi',
    name: 'Huyện Đoàn Chợ Mới',
    kind: 'district',
    shortName: 'Chợ Mới',
    formerNames: [],
    successor: 'doan-xa-cho-moi',
  },
  {
    slug: 'huyen-doan-thoai-son',
    name: 'Huyện Đoàn Thoại Sơn',
    kind: 'district',
    shortName: 'Thoại Sơn',
    formerNames: [],
    successor: 'doan-xa-thoai-son',
  },
  {
    slug: 'huyen-doan-tri-ton',
    name: 'Huyện Đoàn Tri Tôn',
    kind: 'district',
    shortName: 'Tri Tôn',
    formerNames: [],
    successor: 'doan-xa-tri-ton',
  },
  {
    slug: 'doan-truong-dai-hoc-an-giang',
    name: 'Đoàn Trường Đại học An Giang',
    kind: 'school',
    shortName: 'Đại học An Giang',
    formerNames: [],
  },
  {
    slug: 'doan-khoi-cac-co-quan-va-doanh-nghiep-tinh',
    name: 'Đoàn Khối các cơ quan và doanh nghiệp tỉnh',
    kind: 'sector',
    shortName: 'Khối cơ quan và doanh nghiệp',
    formerNames: [],
  },
  {
    slug: 'doan-cong-an-tinh',
    name: 'Đoàn Công an tỉnh',
    kind: 'sector',
    shortName: 'Công an tỉnh',
    formerNames: [],
  },
  {
    slug: 'doan-bo-doi-bien-phong-tinh',
    name: 'Đoàn Bộ đội Biên phòng tỉnh',
    kind: 'sector',
    shortName: 'Bộ đội Biên phòng tỉnh',
    formerNames: [],
  },
] as const satisfies readonly (UnitDefinition & { successor?: string })[];

export type ChildUnitSlug = (typeof UNIT_DEFINITIONS)[number]['slug'];
export type UnitSlug = typeof ROOT_UNIT_SLUG | ChildUnitSlug;

/** The slugs of the plan-era units under the root, in sort order. */
export const CHILD_UNIT_SLUGS: readonly ChildUnitSlug[] = UNIT_DEFINITIONS.map((u) => u.slug);
/** Every plan-era unit slug, root first. */
export const UNIT_SLUGS: readonly UnitSlug[] = [ROOT_UNIT_SLUG, ...CHILD_UNIT_SLUGS];

/** Whether a plan-era unit was a district-level union, which ceased on 30 June 2025. */
export function isDistrictTier(kind: UnitKind): boolean {
  return kind === 'city' || kind === 'town' || kind === 'district';
}

export const ROOT_UNIT = {
  slug: ROOT_UNIT_SLUG,
  name: 'Tỉnh Đoàn An Giang',
  kind: 'province',
  shortName: 'An Giang',
  formerNames: [],
} as const satisfies UnitDefinition;

/**
 * Today's commune-level unions. A representative subset of the 102 units (85 communes, 14 wards,
 * 3 special zones) of Resolution 1654/NQ-UBTVQH15: the wards and communes formed from the former An
 * Giang's districts as the published lists name them, the six communes the resolution left
 * unchanged, some communes of the former Kiên Giang, and the three special zones. Officers add the
 * rest through the officers' workspace.
 */
const WARDS = [
  'Long Xuyên',
  'Bình Đức',
  'Mỹ Thới',
  'Châu Đốc',
  'Vĩnh Tế',
  'Tân Châu',
  'Long Phú',
  'Tịnh Biên',
  'Thới Sơn',
  'Chi Lăng',
];
const COMMUNES = [
  // Former An Phú, Tân Châu, Phú Tân, Châu Phú, Tịnh Biên, Tri Tôn, Châu Thành, Chợ Mới, Thoại Sơn.
  'An Phú',
  'Vĩnh Hậu',
  'Nhơn Hội',
  'Khánh Bình',
  'Phú Hữu',
  'Tân An',
  'Châu Phong',
  'Vĩnh Xương',
  'Phú Tân',
  'Phú An',
  'Bình Thạnh Đông',
  'Chợ Vàm',
  'Hòa Lạc',
  'Phú Lâm',
  'Châu Phú',
  'Mỹ Đức',
  'Vĩnh Thạnh Trung',
  'Bình Mỹ',
  'Thạnh Mỹ Tây',
  'An Cư',
  'Núi Cấm',
  'Ba Chúc',
  'Tri Tôn',
  'Ô Lâm',
  'Cô Tô',
  'Vĩnh Gia',
  'An Châu',
  'Bình Hòa',
  'Cần Đăng',
  'Vĩnh Hanh',
  'Vĩnh An',
  'Chợ Mới',
  'Cù Lao Giêng',
  'Hội An',
  'Long Điền',
  'Nhơn Mỹ',
  'Long Kiến',
  'Thoại Sơn',
  'Óc Eo',
  'Định Mỹ',
  'Phú Hòa',
  // Left unchanged by the resolution.
  'Mỹ Hòa Hưng',
  'Bình Giang',
  'Bình Sơn',
  'Hòn Nghệ',
  'Sơn Hải',
  'Tiên Hải',
  // Formed in the former Kiên Giang.
  'Giồng Riềng',
  'Thạnh Hưng',
  'Long Thạnh',
  'Hòa Hưng',
  'Ngọc Chúc',
  'Vĩnh Hòa Hưng',
  'Vĩnh Tuy',
];
const SPECIAL_ZONES = ['Phú Quốc', 'Kiên Hải', 'Thổ Châu'];

function localUnit(prefix: string, kind: UnitKind, place: string): UnitDefinition {
  const name = `Đoàn ${prefix} ${place}`;
  return { slug: slugify(name), name, kind, shortName: place, formerNames: [] };
}

/** Today's commune, ward and special-zone unions, wards first. */
export const CURRENT_LOCAL_UNITS: readonly UnitDefinition[] = [
  ...WARDS.map((p) => localUnit('phường', 'ward', p)),
  ...COMMUNES.map((p) => localUnit('xã', 'commune', p)),
  ...SPECIAL_ZONES.map((p) => localUnit('đặc khu', 'special_zone', p)),
];

export const FIELD_DEFINITIONS = [
  { slug: 'hoc-tap', nameVi: 'Học tập', nameEn: 'Education & study' },
  { slug: 'khoa-hoc-cong-nghe', nameVi: 'Khoa học – Công nghệ', nameEn: 'Science & technology' },
  { slug: 'tin-hoc-lap-trinh', nameVi: 'Tin học – Lập trình', nameEn: 'Informatics & programming' },
  { slug: 'khoi-nghiep-kinh-doanh', nameVi: 'Khởi nghiệp – Kinh doanh', nameEn: 'Startup & business' },
  { slug: 'van-hoa-nghe-thuat', nameVi: 'Văn hóa – Nghệ thuật', nameEn: 'Culture & arts' },
  { slug: 'the-thao', nameVi: 'Thể dục thể thao', nameEn: 'Sports' },
  { slug: 'cong-dong-tinh-nguyen', nameVi: 'Cộng đồng – Tình nguyện', nameEn: 'Community & volunteering' },
  { slug: 'nong-nghiep', nameVi: 'Nông nghiệp', nameEn: 'Agriculture' },
  { slug: 'y-te', nameVi: 'Y tế – Sức khỏe', nameEn: 'Health' },
  { slug: 'lao-dong-san-xuat', nameVi: 'Lao động sản xuất', nameEn: 'Skilled work & production' },
  { slug: 'quoc-phong-an-ninh', nameVi: 'Quốc phòng – An ninh', nameEn: 'Defence & security' },
] as const;

export type FieldSlug = (typeof FIELD_DEFINITIONS)[number]['slug'];
export const FIELD_SLUGS: readonly FieldSlug[] = FIELD_DEFINITIONS.map((f) => f.slug);

export function fieldDefinition(slug: FieldSlug): (typeof FIELD_DEFINITIONS)[number] {
  return FIELD_DEFINITIONS.find((f) => f.slug === slug)!;
}

export function unitDefinition(slug: ChildUnitSlug): (typeof UNIT_DEFINITIONS)[number] {
  return UNIT_DEFINITIONS.find((u) => u.slug === slug)!;
}

export interface ReferenceSeedCounts {
  units: number;
  fields: number;
}

/**
 * Inserts the unit tree and the fields, each only when missing: officers edit both after
 * installation, and a re-run must never undo or duplicate their work. On a database from before
 * 1 July 2025's tree (migration 0014 made its district units history) it adds today's
 * commune-level unions once and names each old unit's successor. Returns how many rows it inserted.
 */
export async function seedReferenceData(db: Database): Promise<ReferenceSeedCounts> {
  return db.transaction(async (tx) => {
    const inserted: ReferenceSeedCounts = { units: 0, fields: 0 };

    const [unitRows] = await tx.select({ n: count() }).from(units);
    let rootId: number;
    if ((unitRows?.n ?? 0) === 0) {
      const [root] = await tx
        .insert(units)
        .values({ ...pickUnitColumns(ROOT_UNIT), parentId: null, sortOrder: 0 })
        .returning({ id: units.id });
      if (!root) throw new Error('Inserting the root unit returned no id');
      rootId = root.id;
      await tx.insert(units).values(
        UNIT_DEFINITIONS.map((u, i) => ({
          ...pickUnitColumns(u),
          parentId: root.id,
          // Districts come after today's units in lists; sectors and schools keep their place.
          sortOrder: isDistrictTier(u.kind) ? 1000 + i : 500 + i,
          ...(isDistrictTier(u.kind) ? { active: false, validTo: DISTRICT_TIER_END } : {}),
        })),
      );
      inserted.units = UNIT_DEFINITIONS.length + 1;
    } else {
      const [root] = await tx.select({ id: units.id }).from(units).where(eq(units.slug, ROOT_UNIT_SLUG));
      if (!root) return inserted; // An installation with its own tree: leave it to its officers.
      rootId = root.id;
    }

    const [localRows] = await tx
      .select({ n: count() })
      .from(units)
      .where(inArray(units.kind, ['commune', 'ward', 'special_zone']));
    if ((localRows?.n ?? 0) === 0) {
      await tx.insert(units).values(
        CURRENT_LOCAL_UNITS.map((u, i) => ({
          ...pickUnitColumns(u),
          parentId: rootId,
          sortOrder: i + 1,
          validFrom: COMMUNE_TIER_START,
        })),
      );
      inserted.units += CURRENT_LOCAL_UNITS.length;
      for (const u of UNIT_DEFINITIONS) {
        if (!('successor' in u)) continue;
        await tx
          .update(units)
          .set({
            successorId: sql`(SELECT id FROM units WHERE slug = ${u.successor})`,
          })
          .where(and(eq(units.slug, u.slug), isNull(units.successorId)));
      }
    }

    const [fieldRows] = await tx.select({ n: count() }).from(fields);
    if ((fieldRows?.n ?? 0) === 0) {
      await tx.insert(fields).values(FIELD_DEFINITIONS.map((f, i) => ({ ...f, sortOrder: i + 1 })));
      inserted.fields = FIELD_DEFINITIONS.length;
    }

    return inserted;
  });
}

function pickUnitColumns(u: UnitDefinition) {
  return { slug: u.slug, name: u.name, kind: u.kind, formerNames: [...u.formerNames] };
}

export interface ReferenceIds {
  rootUnitId: number;
  /**
   * Where the demo puts the people of each plan-era area: today's successor of a district-level
   * union, the union itself for schools, sectors and forces.
   */
  unitIds: ReadonlyMap<ChildUnitSlug, number>;
  fieldIds: ReadonlyMap<FieldSlug, number>;
}

/**
 * The ids of the seeded units and fields, looked up by slug. Generated data needs every one of them;
 * a missing slug means the reference data was never seeded or was edited, and the seed stops there.
 */
export async function loadReferenceIds(db: Pick<Database, 'select'>): Promise<ReferenceIds> {
  const unitRows = await db.select({ id: units.id, slug: units.slug }).from(units);
  const fieldRows = await db.select({ id: fields.id, slug: fields.slug }).from(fields);
  const unitBySlug = new Map(unitRows.map((u) => [u.slug, u.id]));
  const fieldBySlug = new Map(fieldRows.map((f) => [f.slug, f.id]));

  const placeOf = (u: (typeof UNIT_DEFINITIONS)[number]) => ('successor' in u ? u.successor : u.slug);
  const missing = [
    ...UNIT_SLUGS.filter((s) => !unitBySlug.has(s)),
    ...UNIT_DEFINITIONS.map(placeOf).filter((s) => !unitBySlug.has(s)),
    ...FIELD_SLUGS.filter((s) => !fieldBySlug.has(s)),
  ];
  if (missing.length > 0) {
    throw new Error(`Reference data missing (run seedReferenceData first): ${missing.join(', ')}`);
  }
  return {
    rootUnitId: unitBySlug.get(ROOT_UNIT_SLUG)!,
    unitIds: new Map(UNIT_DEFINITIONS.map((u) => [u.slug, unitBySlug.get(placeOf(u))!])),
    fieldIds: new Map(FIELD_SLUGS.map((s) => [s, fieldBySlug.get(s)!])),
  };
}

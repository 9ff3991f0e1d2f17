/**
 * Reference data every installation needs: the unit tree of the provincial Youth Union and the fields
 * of talent. Other parts of the app link to these slugs, so they are spelt out here as typed
 * constants rather than derived at run time; a test checks each unit slug equals slugify(name).
 */
import { count } from 'drizzle-orm';
import type { Database } from '@db/client';
import { fields, units, type UnitKind } from '@db/schema';

export const ROOT_UNIT_SLUG = 'tinh-doan-an-giang';

export interface UnitDefinition {
  slug: string;
  name: string;
  kind: UnitKind;
  /** The place or body without the "Thành Đoàn / Huyện Đoàn" prefix; used in e-mails and bios. */
  shortName: string;
  formerNames: string[];
}

/**
 * The district-level unions of the plan era (before the 2025 reorganisation of local government),
 * then the unions attached directly to the provincial Youth Union. The order is the sort order.
 */
export const UNIT_DEFINITIONS = [
  {
    slug: 'thanh-doan-long-xuyen',
    name: 'Thành Đoàn Long Xuyên',
    kind: 'city',
    shortName: 'Long Xuyên',
    formerNames: [],
  },
  // Châu Đốc was a town (thị xã) until it became a city in 2013.
  {
    slug: 'thanh-doan-chau-doc',
    name: 'Thành Đoàn Châu Đốc',
    kind: 'city',
    shortName: 'Châu Đốc',
    formerNames: ['Thị Đoàn Châu Đốc'],
  },
  {
    slug: 'thi-doan-tan-chau',
    name: 'Thị Đoàn Tân Châu',
    kind: 'town',
    shortName: 'Tân Châu',
    formerNames: [],
  },
  // Tịnh Biên was a district until it became a town in 2018.
  {
    slug: 'thi-doan-tinh-bien',
    name: 'Thị Đoàn Tịnh Biên',
    kind: 'town',
    shortName: 'Tịnh Biên',
    formerNames: ['Huyện Đoàn Tịnh Biên'],
  },
  {
    slug: 'huyen-doan-an-phu',
    name: 'Huyện Đoàn An Phú',
    kind: 'district',
    shortName: 'An Phú',
    formerNames: [],
  },
  {
    slug: 'huyen-doan-phu-tan',
    name: 'Huyện Đoàn Phú Tân',
    kind: 'district',
    shortName: 'Phú Tân',
    formerNames: [],
  },
  {
    slug: 'huyen-doan-chau-phu',
    name: 'Huyện Đoàn Châu Phú',
    kind: 'district',
    shortName: 'Châu Phú',
    formerNames: [],
  },
  {
    slug: 'huyen-doan-chau-thanh',
    name: 'Huyện Đoàn Châu Thành',
    kind: 'district',
    shortName: 'Châu Thành',
    formerNames: [],
  },
  {
    slug: 'huyen-doan-cho-moi',
    name: 'Huyện Đoàn Chợ Mới',
    kind: 'district',
    shortName: 'Chợ Mới',
    formerNames: [],
  },
  {
    slug: 'huyen-doan-thoai-son',
    name: 'Huyện Đoàn Thoại Sơn',
    kind: 'district',
    shortName: 'Thoại Sơn',
    formerNames: [],
  },
  {
    slug: 'huyen-doan-tri-ton',
    name: 'Huyện Đoàn Tri Tôn',
    kind: 'district',
    shortName: 'Tri Tôn',
    formerNames: [],
  },
  {
    slug: 'doan-truong-dai-hoc-an-giang',
    name: 'Đoàn Trường Đại học An Giang',
    kind: 'direct',
    shortName: 'Đại học An Giang',
    formerNames: [],
  },
  {
    slug: 'doan-khoi-cac-co-quan-va-doanh-nghiep-tinh',
    name: 'Đoàn Khối các cơ quan và doanh nghiệp tỉnh',
    kind: 'direct',
    shortName: 'Khối cơ quan và doanh nghiệp',
    formerNames: [],
  },
  {
    slug: 'doan-cong-an-tinh',
    name: 'Đoàn Công an tỉnh',
    kind: 'direct',
    shortName: 'Công an tỉnh',
    formerNames: [],
  },
  {
    slug: 'doan-bo-doi-bien-phong-tinh',
    name: 'Đoàn Bộ đội Biên phòng tỉnh',
    kind: 'direct',
    shortName: 'Bộ đội Biên phòng tỉnh',
    formerNames: [],
  },
] as const satisfies readonly UnitDefinition[];

export type ChildUnitSlug = (typeof UNIT_DEFINITIONS)[number]['slug'];
export type UnitSlug = typeof ROOT_UNIT_SLUG | ChildUnitSlug;

/** The slugs of the units under the root, in sort order. */
export const CHILD_UNIT_SLUGS: readonly ChildUnitSlug[] = UNIT_DEFINITIONS.map((u) => u.slug);
/** Every unit slug, root first. */
export const UNIT_SLUGS: readonly UnitSlug[] = [ROOT_UNIT_SLUG, ...CHILD_UNIT_SLUGS];

export const ROOT_UNIT = {
  slug: ROOT_UNIT_SLUG,
  name: 'Tỉnh Đoàn An Giang',
  kind: 'province',
  shortName: 'An Giang',
  formerNames: [],
} as const satisfies UnitDefinition;

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
 * Inserts the unit tree and the fields, each only when its table is empty: officers edit both after
 * installation (the unit tree changed in 2025), and a re-run must never undo or duplicate their work.
 * Returns how many rows were inserted.
 */
export async function seedReferenceData(db: Database): Promise<ReferenceSeedCounts> {
  return db.transaction(async (tx) => {
    const inserted: ReferenceSeedCounts = { units: 0, fields: 0 };

    const [unitRows] = await tx.select({ n: count() }).from(units);
    if ((unitRows?.n ?? 0) === 0) {
      const [root] = await tx
        .insert(units)
        .values({ ...pickUnitColumns(ROOT_UNIT), parentId: null, sortOrder: 0 })
        .returning({ id: units.id });
      if (!root) throw new Error('Inserting the root unit returned no id');
      await tx
        .insert(units)
        .values(
          UNIT_DEFINITIONS.map((u, i) => ({ ...pickUnitColumns(u), parentId: root.id, sortOrder: i + 1 })),
        );
      inserted.units = UNIT_DEFINITIONS.length + 1;
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

  const missing = [
    ...UNIT_SLUGS.filter((s) => !unitBySlug.has(s)),
    ...FIELD_SLUGS.filter((s) => !fieldBySlug.has(s)),
  ];
  if (missing.length > 0) {
    throw new Error(`Reference data missing (run seedReferenceData first): ${missing.join(', ')}`);
  }
  return {
    rootUnitId: unitBySlug.get(ROOT_UNIT_SLUG)!,
    unitIds: new Map(CHILD_UNIT_SLUGS.map((s) => [s, unitBySlug.get(s)!])),
    fieldIds: new Map(FIELD_SLUGS.map((s) => [s, fieldBySlug.get(s)!])),
  };
}

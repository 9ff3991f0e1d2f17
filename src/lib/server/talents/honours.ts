import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { preparedOn } from '@db/prepared';
import { type HonourKind, honourKinds, honours, networkHonours, talents, units } from '@db/schema';
import { parsePageParam } from '@/lib/pagination';
import { ANONYMOUS, canViewPart } from '@/lib/visibility';
import { countHonoursOfYear, listHonourYears } from './stats';

/** An honoured talent as a card in a public list: name, unit and the honour, nothing private. */
export interface HonourCard {
  slug: string;
  fullName: string;
  unitName: string;
  kind: HonourKind;
  title: string;
  year: number;
  citation: string;
  photoPath: string | null;
}

/** Cards of a kind shown on a year's overview; the rest are a link away. */
export const HONOURS_PREVIEW = 12;
/** Cards per page of one kind in a year: about 12 KB of HTML, light enough for a phone. */
export const HONOURS_PER_PAGE = 24;

/** Kinds shown in the yearly lists, most prestigious first. */
const LIST_ORDER: readonly HonourKind[] = ['featured_young_face', 'promising_young_face', 'other'];

/** What a card is read from: the public network's honours, joined to the honour, talent and unit. */
function selectCards(db: Database) {
  return db
    .select({
      slug: talents.slug,
      fullName: talents.fullName,
      unitName: units.name,
      kind: honours.kind,
      title: honours.title,
      year: honours.year,
      citation: honours.citation,
      photoPath: talents.photoPath,
      visibility: talents.visibility,
    })
    .from(networkHonours)
    .innerJoin(honours, eq(honours.id, networkHonours.honourId))
    .innerJoin(talents, eq(talents.id, networkHonours.talentId))
    .innerJoin(units, eq(units.id, talents.unitId));
}

/**
 * Cards of the public network's honours (`network_honours` holds only those, so every card may be
 * shown; the photo only where it is public), each list in one statement driven by that table's
 * index, prepared once (`preparedOn`).
 */
const kindOfYearCards = preparedOn((db) =>
  selectCards(db)
    .where(
      and(eq(networkHonours.year, sql.placeholder('year')), eq(networkHonours.kind, sql.placeholder('kind'))),
    )
    .orderBy(asc(networkHonours.nameKey), asc(networkHonours.honourId))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(),
);
const latestOfKindCards = preparedOn((db) =>
  selectCards(db)
    .where(eq(networkHonours.kind, sql.placeholder('kind')))
    .orderBy(desc(networkHonours.year), desc(networkHonours.honourId))
    .limit(sql.placeholder('limit'))
    .prepare(),
);

type CardRow = Awaited<ReturnType<ReturnType<typeof latestOfKindCards>['all']>>[number];

function toCards(rows: CardRow[]): HonourCard[] {
  return rows.map(({ visibility, photoPath, ...card }) => ({
    ...card,
    photoPath: canViewPart(ANONYMOUS, visibility, 'photo') ? photoPath : null,
  }));
}

/** One page of a year's honours of one kind, in Vietnamese name order. */
async function listHonoursOfKind(db: Database, year: number, kind: HonourKind, limit: number, offset = 0) {
  return toCards(await kindOfYearCards(db).all({ year, kind, limit, offset }));
}

/** How many of the latest "Gương mặt trẻ tiêu biểu" the home page shows. */
export const HOME_FEATURED_COUNT = 6;

/** The latest yearly "Gương mặt trẻ tiêu biểu", for the home page: newest year first. */
export async function listLatestFeatured(db: Database, limit: number): Promise<HonourCard[]> {
  return toCards(await latestOfKindCards(db).all({ kind: 'featured_young_face', limit }));
}

export interface HonourGroup {
  kind: HonourKind;
  total: number;
  cards: HonourCard[];
}

/**
 * The honours page of a year from its URL: without `kind`, every kind with its count and first
 * {@link HONOURS_PREVIEW} cards; with `kind` (and `page`), one page of that kind. Null (→ 404)
 * when the year has no public honours, or the kind or page does not exist.
 */
export async function getHonoursYearPage(
  db: Database,
  yearParam: string | undefined,
  params: URLSearchParams,
  { preview = HONOURS_PREVIEW, perPage = HONOURS_PER_PAGE } = {},
) {
  const year = /^\d{4}$/.test(yearParam ?? '') ? Number(yearParam) : null;
  if (year === null) return null;
  const [years, counts] = await Promise.all([listHonourYears(db), countHonoursOfYear(db, year)]);
  if (counts.size === 0) return null;
  const kindParam = params.get('kind');
  if (kindParam === null) {
    const groups: HonourGroup[] = await Promise.all(
      LIST_ORDER.filter((kind) => counts.has(kind)).map(async (kind) => ({
        kind,
        total: counts.get(kind)!,
        cards: await listHonoursOfKind(db, year, kind, preview),
      })),
    );
    return { year, years, groups, paging: null };
  }
  const kind = (honourKinds as readonly string[]).includes(kindParam) ? (kindParam as HonourKind) : null;
  const page = parsePageParam(params.get('page'));
  const total = kind ? (counts.get(kind) ?? 0) : 0;
  const totalPages = Math.ceil(total / perPage);
  if (!kind || page === null || page > totalPages) return null;
  const cards = await listHonoursOfKind(db, year, kind, perPage, (page - 1) * perPage);
  return { year, years, groups: [{ kind, total, cards }], paging: { kind, page, totalPages } };
}

export type HonoursYearPage = NonNullable<Awaited<ReturnType<typeof getHonoursYearPage>>>;

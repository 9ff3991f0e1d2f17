import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type HonourKind, honours, talents, units } from '@db/schema';
import { compareVietnameseNames } from '@/lib/vietnamese';
import { ANONYMOUS, canViewPart, LISTED_STATUSES } from '@/lib/visibility';

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

/** Kinds shown in the yearly lists, most prestigious first. */
const LIST_ORDER: HonourKind[] = ['featured_young_face', 'promising_young_face', 'other'];

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
    .from(honours)
    .innerJoin(talents, eq(talents.id, honours.talentId))
    .innerJoin(units, eq(units.id, talents.unitId));
}

type CardRow = Awaited<ReturnType<ReturnType<typeof selectCards>['execute']>>[number];

/** Public lists show only profiles listed for everyone, and a photo only where it is public. */
function toPublicCards(rows: CardRow[]): HonourCard[] {
  return rows
    .filter((row) => canViewPart(ANONYMOUS, row.visibility, 'profile'))
    .map(({ visibility, photoPath, ...card }) => ({
      ...card,
      photoPath: canViewPart(ANONYMOUS, visibility, 'photo') ? photoPath : null,
    }));
}

/** The honoured list of one year, grouped by kind, each group in Vietnamese name order. */
export async function listHonoursOfYear(db: Database, year: number) {
  const rows = await selectCards(db).where(
    and(eq(honours.year, year), inArray(talents.status, LISTED_STATUSES)),
  );
  const cards = toPublicCards(rows);
  return LIST_ORDER.map((kind) => ({
    kind,
    cards: cards
      .filter((c) => c.kind === kind)
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
  })).filter((group) => group.cards.length > 0);
}

/** The latest yearly "Gương mặt trẻ tiêu biểu", for the home page. */
export async function listLatestFeatured(db: Database, limit: number): Promise<HonourCard[]> {
  // Twice the limit leaves room for the few profiles hidden by their owners, filtered below.
  const rows = await selectCards(db)
    .where(and(eq(honours.kind, 'featured_young_face'), inArray(talents.status, LISTED_STATUSES)))
    .orderBy(desc(honours.year), desc(honours.id))
    .limit(limit * 2);
  return toPublicCards(rows).slice(0, limit);
}

/**
 * Years with honours the public can see, newest first, with how many cards each year's page shows:
 * only listed profiles shown to everyone count, so a hidden or draft profile is never revealed by
 * a number. Visibility is JSON, so the rule runs here on the rows rather than in SQL.
 */
export async function listHonourYears(db: Database): Promise<{ year: number; total: number }[]> {
  const rows = await db
    .select({ year: honours.year, visibility: talents.visibility })
    .from(honours)
    .innerJoin(talents, eq(talents.id, honours.talentId))
    .where(inArray(talents.status, LISTED_STATUSES));
  const totals = new Map<number, number>();
  for (const row of rows) {
    if (canViewPart(ANONYMOUS, row.visibility, 'profile'))
      totals.set(row.year, (totals.get(row.year) ?? 0) + 1);
  }
  return [...totals].map(([year, total]) => ({ year, total })).sort((a, b) => b.year - a.year);
}

/** The honours page of a year from its URL parameter, or null (→ 404) when no one was honoured then. */
export async function getHonoursYearPage(db: Database, yearParam: string | undefined) {
  const year = /^\d{4}$/.test(yearParam ?? '') ? Number(yearParam) : null;
  const years = await listHonourYears(db);
  if (year === null || !years.some((y) => y.year === year)) return null;
  return { year, years, groups: await listHonoursOfYear(db, year) };
}

import { and, eq, inArray, isNull } from 'drizzle-orm';
import { currentUnitResolver } from '@/lib/units/history';
import type { Executor } from '@db/client';
import {
  type AchievementLevel,
  achievementLevels,
  achievements,
  fields,
  honours,
  talentFields,
  talents,
  units,
} from '@db/schema';
import type { TalentDocument } from '@/lib/search/types';
import { ANONYMOUS, canViewPart, isInNetwork, isMinor } from '@/lib/visibility';
import * as clock from '@/lib/server/clock';

/** Stays well under SQLite's limit on bound variables. */
const CHUNK = 500;

/**
 * Directory documents for the given talents as the public may see them. Talents not listed for
 * the public (a draft, a hidden profile, a deleted row) come back in `unlisted`.
 */
export async function buildTalentDocuments(
  db: Executor,
  ids: number[],
  currentYear = clock.currentYear(),
): Promise<{ documents: TalentDocument[]; unlisted: number[] }> {
  const documents: TalentDocument[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    documents.push(...(await buildChunk(db, ids.slice(start, start + CHUNK), currentYear)));
  }
  const listed = new Set(documents.map((d) => d.id));
  return { documents, unlisted: ids.filter((id) => !listed.has(id)) };
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const group = map.get(key(row));
    if (group) group.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

async function buildChunk(db: Executor, ids: number[], currentYear: number): Promise<TalentDocument[]> {
  const rows = await db.select({ talent: talents }).from(talents).where(inArray(talents.id, ids));
  // The directory lists and filters by today's unit: a talent of a merged unit under its successor.
  const unitRows = await db
    .select({ id: units.id, slug: units.slug, name: units.name, successorId: units.successorId })
    .from(units);
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const currentUnit = currentUnitResolver(unitRows);
  const fieldRows = await db
    .select({
      talentId: talentFields.talentId,
      slug: fields.slug,
      nameVi: fields.nameVi,
      nameEn: fields.nameEn,
    })
    .from(talentFields)
    .innerJoin(fields, eq(fields.id, talentFields.fieldId))
    .where(inArray(talentFields.talentId, ids));
  const achievementRows = await db.select().from(achievements).where(inArray(achievements.talentId, ids));
  // A revoked honour is history: it no longer shows or counts anywhere public.
  const honourRows = await db
    .select()
    .from(honours)
    .where(and(inArray(honours.talentId, ids), isNull(honours.revokedAt)));
  const fieldsOf = groupBy(fieldRows, (r) => r.talentId);
  const achievementsOf = groupBy(achievementRows, (r) => r.talentId);
  const honoursOf = groupBy(honourRows, (r) => r.talentId);

  return rows.flatMap(({ talent }): TalentDocument[] => {
    const { slug: unitSlug, name: unitName } = unitById.get(currentUnit(talent.unitId))!;
    const can = (part: Parameters<typeof canViewPart>[2]) => canViewPart(ANONYMOUS, talent.visibility, part);
    if (!isInNetwork(talent)) return [];
    const talentFieldRows = can('fields') ? (fieldsOf.get(talent.id) ?? []) : [];
    const shownAchievements = can('achievements') ? (achievementsOf.get(talent.id) ?? []) : [];
    const talentHonours = honoursOf.get(talent.id) ?? [];
    const honourYears = [...new Set(talentHonours.map((h) => h.year))].sort((a, b) => b - a);
    return [
      {
        id: talent.id,
        slug: talent.slug,
        fullName: talent.fullName,
        unitSlug,
        unitName,
        fields: talentFieldRows.map((f) => f.slug),
        fieldNames: talentFieldRows.flatMap((f) => [f.nameVi, f.nameEn]),
        awards: shownAchievements.flatMap((a) => [a.title, a.awardName]),
        highestLevel: highestVerifiedLevel(shownAchievements),
        honourYears,
        honourTitles: talentHonours.map((h) => h.title),
        latestHonourYear: honourYears[0] ?? null,
        birthYear: can('birthYear') ? talent.birthYear : null,
        place: can('place') ? talent.placeKind : null,
        open: talent.openToOpportunities && !isMinor(talent.birthYear, currentYear),
        shortBio: can('bio') ? talent.shortBio : '',
        photoPath: can('photo') ? talent.photoPath : null,
      },
    ];
  });
}

/** The widest level among verified achievements: unverified claims do not rank a talent. */
function highestVerifiedLevel(
  rows: { level: AchievementLevel; verifiedAt: Date | null }[],
): AchievementLevel | null {
  let best = -1;
  for (const row of rows) {
    if (row.verifiedAt) best = Math.max(best, achievementLevels.indexOf(row.level));
  }
  return achievementLevels[best] ?? null;
}

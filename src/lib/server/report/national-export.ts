import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { achievements, fields, honours, talentFields, talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { ForbiddenError } from '@/lib/server/errors';
import { managesUnit, requireStaff } from '@/lib/server/officers/scope';
import { effectiveAudience, LISTED_STATUSES } from '@/lib/visibility';
import { toCsv } from './files';
import {
  NATIONAL_CSV_COLUMNS,
  nationalCsvRow,
  NATIONAL_EXPORT_SCHEMA_PATH,
  NATIONAL_EXPORT_VERSION,
  type NationalExport,
  type NationalTalent,
} from './national-columns';
import { mayReportOnProvince, unitsReportedUnder } from './yearly';

/** Talents read per query: the lists behind them are read for this many ids at once. */
const BATCH = 500;

/**
 * Every verified talent of `unitId` (and the units merged into it; null: the province) who agreed
 * to share their profile with the Youth Union, in the national format. Gender and place are left
 * out when the talent keeps them private; contact details never go. For the command line, which
 * the server's operator runs; requests go through {@link exportNationalForStaff}.
 */
export async function buildNationalExport(
  db: Executor,
  unitId: number | null,
  now: Date = clock.now(),
): Promise<NationalExport> {
  const unitRows = await db
    .select({
      id: units.id,
      slug: units.slug,
      name: units.name,
      successorId: units.successorId,
      parentId: units.parentId,
      active: units.active,
    })
    .from(units);
  const successorOf = new Map(
    unitRows.filter((u) => !u.active && u.successorId !== null).map((u) => [u.id, u.successorId!]),
  );
  const byId = new Map(unitRows.map((u) => [u.id, u]));
  const scope = unitId === null ? unitRows.find((u) => u.parentId === null) : byId.get(unitId);
  const scopeIds = unitsReportedUnder(unitRows, successorOf, unitId);
  // Only those who agreed, through their partial index; the status and the order are applied here,
  // as the planner would otherwise walk the register by status or by id.
  const listed: readonly string[] = LISTED_STATUSES;
  const rows = (
    await db
      .select()
      .from(talents)
      .where(
        and(
          isNotNull(talents.sharedWithYouthUnionAt),
          unitId === null ? undefined : inArray(talents.unitId, scopeIds),
        ),
      )
  )
    .filter((row) => listed.includes(row.status))
    .sort((a, b) => a.id - b.id);
  const exported: NationalTalent[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const ids = batch.map((r) => r.id);
    const [fieldRows, achievementRows, honourRows] = await Promise.all([
      db
        .select({ talentId: talentFields.talentId, slug: fields.slug })
        .from(talentFields)
        .innerJoin(fields, eq(fields.id, talentFields.fieldId))
        .where(inArray(talentFields.talentId, ids))
        .orderBy(fields.sortOrder),
      db
        .select()
        .from(achievements)
        .where(and(inArray(achievements.talentId, ids), isNotNull(achievements.verifiedAt)))
        .orderBy(achievements.year, achievements.id),
      db
        .select()
        .from(honours)
        .where(and(inArray(honours.talentId, ids), isNull(honours.revokedAt)))
        .orderBy(honours.year, honours.id),
    ]);
    for (const t of batch) {
      const unit = byId.get(t.unitId)!;
      const shown = (part: 'gender' | 'place') => effectiveAudience(t.visibility, part) !== 'private';
      exported.push({
        localId: `AG-${t.id}`,
        fullName: t.fullName,
        birthYear: t.birthYear,
        gender: shown('gender') ? (t.gender ?? null) : null,
        unit: { code: unit.slug, name: unit.name },
        place: shown('place') ? { kind: t.placeKind, name: t.placeName, country: t.placeCountry } : null,
        fields: fieldRows.filter((f) => f.talentId === t.id).map((f) => f.slug),
        achievements: achievementRows
          .filter((a) => a.talentId === t.id)
          .map((a) => ({
            title: a.title,
            awardName: a.awardName,
            level: a.level,
            rank: a.rank,
            year: a.year,
            issuingBody: a.issuingBody,
          })),
        honours: honourRows
          .filter((h) => h.talentId === t.id)
          .map((h) => ({ kind: h.kind, title: h.title, year: h.year })),
        sharedAt: t.sharedWithYouthUnionAt!.toISOString(),
      });
    }
  }
  return {
    $schema: NATIONAL_EXPORT_SCHEMA_PATH,
    version: NATIONAL_EXPORT_VERSION,
    generatedAt: now.toISOString(),
    scope: { unitCode: unitId === null ? null : (scope?.slug ?? null), unitName: scope?.name ?? '' },
    talents: exported,
  };
}

/**
 * The national export for a member of staff: their own units, or the province for those who may
 * report on it.
 * @throws ForbiddenError otherwise.
 */
export async function exportNationalForStaff(
  db: Executor,
  actor: Actor | null,
  unitId: number | null,
): Promise<NationalExport> {
  const staff = requireStaff(actor);
  const allowed =
    unitId === null ? await mayReportOnProvince(db, staff) : await managesUnit(db, staff, unitId);
  if (!allowed) throw new ForbiddenError();
  return buildNationalExport(db, unitId);
}

/** The export as CSV: the header row of {@link NATIONAL_CSV_COLUMNS}, then one row per talent. */
export function nationalCsv(data: NationalExport): string {
  return toCsv([[...NATIONAL_CSV_COLUMNS], ...data.talents.map(nationalCsvRow)]);
}

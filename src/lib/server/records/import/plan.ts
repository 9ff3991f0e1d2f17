/**
 * Checking an import row by row against the register, without writing: each row's errors (line,
 * column, reason), and for a clean file what it would create. A talent is known by a natural key,
 * their folded full name, birth year and unit, and an achievement by its folded title, award and
 * year, so the same file imported twice finds everything already there and creates nothing.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@db/client';
import {
  type AchievementLevel,
  achievements,
  type AchievementValues,
  type Gender,
  talents,
  type Unit,
  units,
} from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import { isHttpUrl } from '@/lib/http-url';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Actor } from '@/lib/server/auth/actor';
import { managesUnit } from '@/lib/server/officers/scope';
import { foldVietnamese } from '@/lib/vietnamese';
import type { TalentRecordInput } from '../talent-records';
import { ACHIEVEMENT_COLUMNS, IMPORT_COLUMNS, type ImportColumn, REQUIRED_COLUMNS } from './columns';
import type { TableRow } from '@/lib/tables/csv';

export interface ImportError {
  line: number;
  column: string;
  reason: MessageKey;
}

/** A talent the import creates, or one already recorded (`existingId`), with the achievements to add. */
export interface PlannedTalent {
  key: string;
  existingId: number | null;
  record: TalentRecordInput;
  achievements: AchievementValues[];
}

export interface ImportPlan {
  errors: ImportError[];
  talents: PlannedTalent[];
  /** Rows whose talent and achievement were both already recorded. */
  unchanged: number;
}

const LEVELS: Record<string, AchievementLevel> = {
  school: 'school',
  truong: 'school',
  unit: 'unit',
  'co so': 'unit',
  provincial: 'provincial',
  tinh: 'provincial',
  national: 'national',
  'quoc gia': 'national',
  'toan quoc': 'national',
  'trung uong': 'national',
  international: 'international',
  'quoc te': 'international',
};
const GENDERS: Record<string, Gender> = {
  nu: 'female',
  female: 'female',
  nam: 'male',
  male: 'male',
  khac: 'other',
  other: 'other',
};

const fold = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();
const YEAR = /^\d{4}$/;

/** The key of a talent: who they are, in which unit. */
export const talentKey = (fullName: string, birthYear: number, unitId: number) =>
  `${fold(fullName)}|${birthYear}|${unitId}`;
const achievementKey = (a: Pick<AchievementValues, 'title' | 'awardName' | 'year'>) =>
  `${fold(a.title)}|${fold(a.awardName)}|${a.year}`;

/** Finds a unit by its slug or its name, current or former name, folded. */
function unitFinder(all: Unit[]): (text: string) => Unit | undefined {
  const byKey = new Map<string, Unit>();
  for (const unit of all) {
    for (const key of [unit.slug, fold(unit.name), ...unit.formerNames.map(fold)])
      if (!byKey.has(key) || unit.active) byKey.set(key, unit);
  }
  return (text) => byKey.get(text.trim().toLowerCase()) ?? byKey.get(fold(text));
}

/**
 * Checks every row of an import and plans what it writes; reads only.
 * @param currentYear the year a discovery year defaults to and no year may pass
 */
export async function planImport(
  tx: Executor,
  staff: Actor,
  header: string[],
  rows: TableRow[],
  currentYear: number,
): Promise<ImportPlan> {
  const errors: ImportError[] = [];
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => h !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (missing.length || unknown.length) {
    for (const column of missing) errors.push({ line: 1, column, reason: 'import.error.missingColumn' });
    for (const column of unknown) errors.push({ line: 1, column, reason: 'import.error.unknownColumn' });
    return { errors, talents: [], unchanged: 0 };
  }
  const findUnit = unitFinder(await tx.select().from(units));
  const managed = new Map<number, boolean>();
  const planned = new Map<string, PlannedTalent>();
  const known = new Map<number, Set<string>>();
  let unchanged = 0;

  for (const row of rows) {
    const value = (column: ImportColumn) => (row.cells[header.indexOf(column)] ?? '').trim();
    const rowErrors: ImportError[] = [];
    const fail = (column: ImportColumn, reason: MessageKey) =>
      rowErrors.push({ line: row.line, column, reason });
    for (const column of REQUIRED_COLUMNS) if (!value(column)) fail(column, 'import.error.required');

    const fullName = value('ho_ten').replace(/\s+/g, ' ');
    if (fullName.length > 120) fail('ho_ten', 'import.error.tooLong');
    const birthYear = YEAR.test(value('nam_sinh')) ? Number(value('nam_sinh')) : NaN;
    if (value('nam_sinh') && Number.isNaN(birthYear)) fail('nam_sinh', 'import.error.year');
    const discoveredText = value('nam_phat_hien');
    const discoveredYear = discoveredText
      ? YEAR.test(discoveredText)
        ? Number(discoveredText)
        : NaN
      : currentYear;
    if (Number.isNaN(discoveredYear) || discoveredYear > currentYear)
      fail('nam_phat_hien', 'import.error.year');
    else if (!Number.isNaN(birthYear) && !isEligibleInYear(birthYear, discoveredYear))
      fail('nam_sinh', 'import.error.age');

    const unit = value('don_vi') ? findUnit(value('don_vi')) : undefined;
    if (value('don_vi') && !unit) fail('don_vi', 'import.error.unknownUnit');
    if (unit) {
      if (!managed.has(unit.id)) managed.set(unit.id, await managesUnit(tx, staff, unit.id));
      if (!managed.get(unit.id)) fail('don_vi', 'import.error.unitOutOfScope');
      else if (!unit.active || unit.parentId === null) fail('don_vi', 'import.error.unitHistory');
    }
    const genderText = fold(value('gioi_tinh'));
    const gender = genderText ? GENDERS[genderText] : null;
    if (gender === undefined) fail('gioi_tinh', 'import.error.gender');
    if (value('tom_tat').length > 300) fail('tom_tat', 'import.error.tooLong');

    let achievement: AchievementValues | null = null;
    if (value('thanh_tich')) {
      for (const column of ACHIEVEMENT_COLUMNS) if (!value(column)) fail(column, 'import.error.required');
      const level = LEVELS[fold(value('cap')).replace(/^cap /, '')];
      if (value('cap') && !level) fail('cap', 'import.error.level');
      const year = YEAR.test(value('nam_dat')) ? Number(value('nam_dat')) : NaN;
      if (value('nam_dat') && (Number.isNaN(year) || year > currentYear || year < birthYear))
        fail('nam_dat', 'import.error.year');
      const evidenceUrl = value('minh_chung') || null;
      if (evidenceUrl && !isHttpUrl(evidenceUrl)) fail('minh_chung', 'import.error.url');
      for (const column of ['thanh_tich', 'giai_thuong', 'xep_hang', 'don_vi_trao'] as const)
        if (value(column).length > 200) fail(column, 'import.error.tooLong');
      if (level && !Number.isNaN(year))
        achievement = {
          title: value('thanh_tich'),
          awardName: value('giai_thuong'),
          level,
          rank: value('xep_hang'),
          year,
          issuingBody: value('don_vi_trao'),
          evidenceUrl,
        };
    } else if (ACHIEVEMENT_COLUMNS.some((column) => value(column)))
      fail('thanh_tich', 'import.error.required');

    if (rowErrors.length || !unit || gender === undefined) {
      errors.push(...rowErrors);
      continue;
    }
    const key = talentKey(fullName, birthYear, unit.id);
    let talent = planned.get(key);
    if (!talent) {
      const existingId = await findTalent(tx, fullName, birthYear, unit.id);
      talent = {
        key,
        existingId,
        record: { fullName, birthYear, discoveredYear, unitId: unit.id, gender, shortBio: value('tom_tat') },
        achievements: [],
      };
      planned.set(key, talent);
      if (existingId !== null) known.set(existingId, await achievementKeysOf(tx, existingId));
    }
    const have = talent.existingId === null ? new Set<string>() : known.get(talent.existingId)!;
    const isNew =
      achievement !== null &&
      !have.has(achievementKey(achievement)) &&
      !talent.achievements.some((a) => achievementKey(a) === achievementKey(achievement));
    if (isNew) talent.achievements.push(achievement!);
    else if (talent.existingId !== null) unchanged++;
  }
  return { errors, talents: [...planned.values()], unchanged };
}

/** The record a row names, by its natural key; merged records are never matched. */
async function findTalent(tx: Executor, fullName: string, birthYear: number, unitId: number) {
  const candidates = await tx
    .select({ id: talents.id, fullName: talents.fullName })
    .from(talents)
    .where(and(eq(talents.unitId, unitId), eq(talents.birthYear, birthYear), isNull(talents.mergedIntoId)));
  return candidates.find((c) => fold(c.fullName) === fold(fullName))?.id ?? null;
}

async function achievementKeysOf(tx: Executor, talentId: number): Promise<Set<string>> {
  const rows = await tx
    .select({ title: achievements.title, awardName: achievements.awardName, year: achievements.year })
    .from(achievements)
    .where(eq(achievements.talentId, talentId));
  return new Set(rows.map(achievementKey));
}

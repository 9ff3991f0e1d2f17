import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activities,
  activityParticipants,
  consents,
  fields,
  honours,
  mailOutbox,
  notifications,
  talentFields,
  talents,
  units,
  users,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';
import { getTranslator } from '@/lib/i18n/translate';
import { reportRows, toCsv, toXlsx } from '@/lib/server/report/files';
import { NATIONAL_CSV_COLUMNS } from '@/lib/server/report/national-columns';
import {
  buildNationalExport,
  exportNationalForStaff,
  nationalCsv,
} from '@/lib/server/report/national-export';
import { sendYearlyReportReminders } from '@/lib/server/report/reminder';
import { headingLines, reportHeading, yearlyReportTables } from '@/lib/server/report/tables';
import { getYearlyReport } from '@/lib/server/report/yearly';
import { getTargetsDashboard } from '@/lib/server/targets/dashboard';
import { setYouthUnionSharing } from '@/lib/server/talents/youth-union-sharing';
import { defaultVisibility } from '@/lib/visibility';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { checkJsonSchema, type JsonSchema } from '../support/json-schema';

let t: TestDatabase;
let admin: Actor;
let officer: Actor;
let provinceOfficer: Actor;
let member: Actor;
const vi = getTranslator('vi');

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(units).values([
    { id: 1, slug: 'tinh-doan', name: 'Tỉnh Đoàn An Giang', kind: 'province' },
    { id: 2, parentId: 1, slug: 'doan-xa-a', name: 'Đoàn xã A', kind: 'commune', sortOrder: 1 },
    { id: 3, parentId: 1, slug: 'doan-xa-b', name: 'Đoàn xã B', kind: 'commune', sortOrder: 2 },
  ]);
  await t.db.insert(fields).values({ id: 1, slug: 'khoa-hoc', nameVi: 'Khoa học', nameEn: 'Science' });
  admin = await makeActor(t.db, 'admin');
  officer = await makeActor(t.db, 'officer', { unitId: 2 });
  provinceOfficer = await makeActor(t.db, 'officer', { unitId: 1 });
  member = await makeActor(t.db, 'talent');
  const talent = (
    id: number,
    unitId: number,
    fullName: string,
    status: 'verified' | 'draft' = 'verified',
  ) => ({
    id,
    slug: `tai-nang-${id}`,
    fullName,
    birthYear: 2001,
    discoveredYear: 2022,
    gender: 'female' as const,
    unitId,
    status,
    placeKind: 'abroad' as const,
    placeName: 'Tokyo',
    placeCountry: 'JP',
    visibility: { ...defaultVisibility(2001, 2025), gender: 'private' as const },
    updatedAt: new Date('2025-03-01T00:00:00Z'),
  });
  await t.db
    .insert(talents)
    .values([
      { ...talent(1, 2, 'Nguyễn Thị An'), userId: member.id },
      talent(2, 2, '=HYPERLINK("http://x")'),
      talent(3, 3, 'Trần Văn Ái'),
      talent(4, 2, 'Lê Nháp', 'draft'),
    ]);
  await t.db.insert(talentFields).values([{ talentId: 1, fieldId: 1 }]);
  await t.db.insert(honours).values(
    [1, 2, 3].map((talentId) => ({
      talentId,
      kind: 'other' as const,
      title: 'Tuyên dương 2025',
      year: 2025,
    })),
  );
  await t.db.insert(activities).values([
    { id: 1, unitId: 2, kind: 'civic_trip', title: 'Về nguồn', heldOn: '2025-03-26' },
    { id: 2, unitId: 3, kind: 'forum', title: 'Đối thoại', heldOn: '2024-05-01' },
  ]);
  await t.db.insert(activityParticipants).values({ activityId: 1, talentId: 1 });
});
afterAll(() => t.dispose());

describe('the yearly report', () => {
  it("holds the dashboard's figures for the unit, the counts and the lists behind them", async () => {
    const report = await getYearlyReport(t.db, officer, 2025, 2);
    const dashboard = await getTargetsDashboard(t.db, 2025, 2026);
    expect(report.figures.targets).toEqual(dashboard.units.find((u) => u.unitId === 2)!.targets);
    expect(report.figures.targets[0]!.share).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(report.figures.civicActivity).toBe(true);
    expect(report.counts.total).toBe(2);
    expect(report.counts.by.place).toEqual([['abroad', 2]]);
    expect(report.honoured.map((h) => [h.fullName, h.nurtured])).toEqual([
      ['=HYPERLINK("http://x")', false],
      ['Nguyễn Thị An', true],
    ]);
    expect(report.activities.map((a) => [a.title, a.participants])).toEqual([['Về nguồn', 1]]);
    const province = await getYearlyReport(t.db, admin, 2025, null);
    expect(province.counts.total).toBe(3);
    // Vietnamese list order: by given name (Ái before An), not SQLite's order of the full names.
    expect(province.honoured.map((h) => h.fullName)).toEqual([
      '=HYPERLINK("http://x")',
      'Trần Văn Ái',
      'Nguyễn Thị An',
    ]);
    expect(province.activities.map((a) => a.unitName)).toEqual(['Đoàn xã A']);
  });

  it('is refused outside the officer’s units, and the province to a unit’s officer', async () => {
    await expect(getYearlyReport(t.db, officer, 2025, 3)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getYearlyReport(t.db, officer, 2025, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getYearlyReport(t.db, member, 2025, 2)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getYearlyReport(t.db, provinceOfficer, 2025, null)).unit).toBeNull();
    expect((await getYearlyReport(t.db, provinceOfficer, 2025, 3)).unit?.name).toBe('Đoàn xã B');
  });

  it('downloads as XLSX and CSV whose cells are the tables the page shows', async () => {
    const report = await getYearlyReport(t.db, admin, 2025, null);
    const tables = yearlyReportTables(report, vi, 'vi');
    const preamble = headingLines(reportHeading(report, vi, 'vi', new Date('2026-10-01T03:00:00Z')));
    expect(preamble).toContain('BCH TỈNH ĐOÀN AN GIANG');
    expect(preamble).toContain('An Giang, ngày 01 tháng 10 năm 2026');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(preamble, tables)).buffer);
    const sheet = workbook.worksheets[0]!;
    const cells: (string | number)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : v));
      cells.push(values as (string | number)[]);
    });
    const expected = reportRows(preamble, tables).map((row) => {
      const trimmed = [...row];
      while (trimmed.length && trimmed.at(-1) === '') trimmed.pop();
      return trimmed;
    });
    expect(cells.map((row) => row.slice(0, Math.max(row.length, 0)))).toEqual(expected);
    const targets = tables.find((x) => x.id === 'targets')!;
    expect(targets.rows[0]).toEqual([vi('targets.nurtured'), 1, 3, '33%', '40%', vi('targets.notMet')]);
    const csv = toCsv(reportRows(preamble, tables));
    expect(csv.startsWith('\uFEFFBCH TỈNH ĐOÀN AN GIANG\r\n')).toBe(true);
    expect(csv).toContain(`${vi('targets.nurtured')},1,3,33%,40%,${vi('targets.notMet')}\r\n`);
    // A name that a spreadsheet would run as a formula is written as text.
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",Đoàn xã A`);
  });
});

describe('the national export', () => {
  const schema = JSON.parse(readFileSync('public/schemas/national-export-v1.json', 'utf8')) as JsonSchema;

  it('holds only verified talents who agreed to share, without what they keep private', async () => {
    expect((await buildNationalExport(t.db, null)).talents).toEqual([]);
    expect(await setYouthUnionSharing(t.db, member, true)).toBe(true);
    const [consent] = await t.db.select().from(consents).where(eq(consents.userId, member.id));
    expect(consent?.kind).toBe('youth_union_share');
    await t.db
      .update(talents)
      .set({ sharedWithYouthUnionAt: new Date('2026-01-02T00:00:00Z') })
      .where(eq(talents.id, 4));
    await t.db
      .update(talents)
      .set({ sharedWithYouthUnionAt: new Date('2026-01-03T00:00:00Z') })
      .where(eq(talents.id, 3));
    const province = await buildNationalExport(t.db, null, new Date('2026-12-02T00:00:00Z'));
    expect(checkJsonSchema(schema, JSON.parse(JSON.stringify(province)) as unknown)).toEqual([]);
    expect(province.version).toBe('1.0');
    expect(province.talents.map((x) => x.localId)).toEqual(['AG-1', 'AG-3']);
    const an = province.talents[0]!;
    expect(an).toMatchObject({
      fullName: 'Nguyễn Thị An',
      gender: null,
      unit: { code: 'doan-xa-a', name: 'Đoàn xã A' },
      fields: ['khoa-hoc'],
      honours: [{ kind: 'other', title: 'Tuyên dương 2025', year: 2025 }],
    });
    expect(an.place).toEqual(
      defaultVisibility(2001, 2025).place === 'private'
        ? null
        : { kind: 'abroad', name: 'Tokyo', country: 'JP' },
    );
    expect(JSON.stringify(province)).not.toContain('@');
    const unit = await exportNationalForStaff(t.db, officer, 2);
    expect(unit.talents.map((x) => x.localId)).toEqual(['AG-1']);
    expect(unit.scope).toEqual({ unitCode: 'doan-xa-a', unitName: 'Đoàn xã A' });
    const csv = nationalCsv(unit).replace('\uFEFF', '').split('\r\n');
    expect(csv[0]).toBe(NATIONAL_CSV_COLUMNS.join(','));
    expect(csv[1]!.startsWith('1.0,AG-1,Nguyễn Thị An,2001,,doan-xa-a,Đoàn xã A,')).toBe(true);
    await expect(exportNationalForStaff(t.db, officer, 3)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportNationalForStaff(t.db, officer, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportNationalForStaff(t.db, member, 2)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await setYouthUnionSharing(t.db, member, false)).toBe(false);
    expect((await buildNationalExport(t.db, 2)).talents).toEqual([]);
  });
});

describe('the reminder of the yearly report', () => {
  it('goes to officers and admins once a year, a month before 30 October', async () => {
    const disabled = await makeActor(t.db, 'officer', { unitId: 3 });
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    // 29 September at 16:59 UTC is 23:59 in An Giang: not yet due.
    expect(await sendYearlyReportReminders(t.db, new Date('2026-09-29T16:59:00Z'))).toBe(0);
    expect(await sendYearlyReportReminders(t.db, new Date('2026-09-29T17:00:00Z'))).toBe(3);
    expect(await sendYearlyReportReminders(t.db, new Date('2026-10-15T00:00:00Z'))).toBe(0);
    const notes = await t.db.select().from(notifications).where(eq(notifications.kind, 'yearlyReportDue'));
    expect(notes.map((n) => n.userId).sort()).toEqual([admin.id, officer.id, provinceOfficer.id].sort());
    const mail = await t.db.select().from(mailOutbox).where(eq(mailOutbox.userId, officer.id));
    expect(mail.map((m) => m.subject)).toEqual([vi('report.reminderSubject', { year: '2026' })]);
    expect(mail[0]!.text).toContain('/quan-tri/bao-cao-nam');
    expect(await sendYearlyReportReminders(t.db, new Date('2026-10-31T00:00:00Z'))).toBe(0);
    expect(await sendYearlyReportReminders(t.db, new Date('2027-10-01T00:00:00Z'))).toBe(3);
  });
});

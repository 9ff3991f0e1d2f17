import ExcelJS from 'exceljs';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { achievements, auditLog, talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { IMPORT_COLUMNS, templateCsv, templateXlsx } from '@/lib/server/records/import/columns';
import { importTalents } from '@/lib/server/records/import/run';
import { readUploadedTable } from '@/lib/server/records/import/table';
import { parseCsv } from '@/lib/tables/csv';
import { seedReferenceData } from '../../scripts/seed';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { rejection } from '../support/errors';

const YEAR = new Date().getFullYear();
const HEADER = IMPORT_COLUMNS.join(',');

let database: TestDatabase;
let db: Database;
let officerA: Actor;
let officerB: Actor;

const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'));
/** A row in the template's column order. */
const row = (
  name: string,
  birth: string | number,
  unit: string,
  achievement = '',
  award = '',
  level = '',
  year = '',
) => [name, birth, unit, 'nu', '', '', achievement, award, level, '', year, '', ''].join(',');

const counts = async () => ({
  talents: (await db.select().from(talents)).length,
  achievements: (await db.select().from(achievements)).length,
  audit: (await db.select().from(auditLog)).length,
});

const GOOD = [
  row(
    'Nguyễn Thị Nhập',
    YEAR - 20,
    'Đoàn xã Nhập Khẩu',
    'Giải Nhất Tin học',
    'Hội thi Tin học trẻ',
    'tinh',
    String(YEAR - 1),
  ),
  row(
    'Nguyễn Thị Nhập',
    YEAR - 20,
    'doan-xa-nhap-khau',
    'Giải Ba Toán',
    'Olympic Toán',
    'quoc gia',
    String(YEAR - 2),
  ),
  row(
    'Trần Văn Khẩu',
    YEAR - 25,
    'doan xa nhap khau',
    'Giải Nhì Khởi nghiệp',
    'Khởi nghiệp trẻ',
    'co so',
    String(YEAR - 1),
  ),
];

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await seedReferenceData(db);
  const [root] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(isNull(units.parentId), eq(units.kind, 'province')));
  const [a, b] = await db
    .insert(units)
    .values([
      { slug: 'doan-xa-nhap-khau', name: 'Đoàn xã Nhập Khẩu', kind: 'commune', parentId: root!.id },
      { slug: 'doan-xa-ben-kia', name: 'Đoàn xã Bên Kia', kind: 'commune', parentId: root!.id },
    ])
    .returning({ id: units.id });
  officerA = await makeActor(db, 'officer', { unitId: a!.id });
  officerB = await makeActor(db, 'officer', { unitId: b!.id });
});
afterAll(() => database.dispose());

describe('a CSV import', () => {
  it("dry run lists a bad row's line, column and reason, and writes nothing; importing it writes nothing either", async () => {
    const before = await counts();
    const bad = csv(GOOD[0]!, row('Lê Sai Năm', 'hai nghìn', 'Đoàn xã Nhập Khẩu'), GOOD[2]!);
    const checked = await importTalents(db, officerA, bad, { dryRun: true });
    expect(checked.errors).toEqual([{ line: 3, column: 'nam_sinh', reason: 'import.error.year' }]);
    expect(checked.written).toBe(false);
    expect(await counts()).toEqual(before);
    // All or nothing: the good rows are not written without the bad one.
    const refused = await importTalents(db, officerA, bad, { dryRun: false });
    expect(refused).toMatchObject({ written: false, errors: checked.errors });
    expect(await counts()).toEqual(before);
  });

  it('imports a clean file whole, once: the same file again creates no duplicate', async () => {
    const file = csv(...GOOD);
    const checked = await importTalents(db, officerA, file, { dryRun: true });
    expect(checked).toMatchObject({ written: false, errors: [], talentsCreated: 2, achievementsCreated: 3 });
    const before = await counts();
    const done = await importTalents(db, officerA, file, { dryRun: false });
    expect(done).toMatchObject({
      written: true,
      rows: 3,
      talentsCreated: 2,
      talentsFound: 0,
      achievementsCreated: 3,
    });
    const after = await counts();
    expect(after).toEqual({
      talents: before.talents + 2,
      achievements: before.achievements + 3,
      audit: before.audit + 1,
    });
    const [nhap] = await db.select().from(talents).where(eq(talents.fullName, 'Nguyễn Thị Nhập'));
    expect(nhap).toMatchObject({ status: 'verified', gender: 'female', userId: null, birthYear: YEAR - 20 });
    expect(nhap!.visibility.profile).toBe('private');
    const [imported] = await db.select().from(achievements).where(eq(achievements.talentId, nhap!.id));
    expect(imported!.verifiedById).toBe(officerA.id);

    const again = await importTalents(db, officerA, file, { dryRun: false });
    expect(again).toMatchObject({ talentsCreated: 0, talentsFound: 2, achievementsCreated: 0, unchanged: 3 });
    expect((await counts()).talents).toBe(after.talents);
    expect((await counts()).achievements).toBe(after.achievements);
  });

  it("refuses rows of a unit outside the officer's scope, with the line and column", async () => {
    const before = await counts();
    const outcome = await importTalents(db, officerB, csv(GOOD[2]!), { dryRun: false });
    expect(outcome.errors).toEqual([{ line: 2, column: 'don_vi', reason: 'import.error.unitOutOfScope' }]);
    expect(await counts()).toEqual(before);
  });

  it('names each missing or unknown column, and every bad cell of a row', async () => {
    const noUnit = new TextEncoder().encode('ho_ten,nam_sinh,mat_khau\nA,2000,x');
    expect((await importTalents(db, officerA, noUnit, { dryRun: true })).errors).toEqual([
      { line: 1, column: 'don_vi', reason: 'import.error.missingColumn' },
      { line: 1, column: 'mat_khau', reason: 'import.error.unknownColumn' },
    ]);
    const cells = csv(row('', YEAR - 50, 'Không Có Đơn Vị', 'Giải', '', 'cap vu tru', String(YEAR + 1)));
    expect((await importTalents(db, officerA, cells, { dryRun: true })).errors).toEqual([
      { line: 2, column: 'ho_ten', reason: 'import.error.required' },
      { line: 2, column: 'nam_sinh', reason: 'import.error.age' },
      { line: 2, column: 'don_vi', reason: 'import.error.unknownUnit' },
      { line: 2, column: 'giai_thuong', reason: 'import.error.required' },
      { line: 2, column: 'cap', reason: 'import.error.level' },
      { line: 2, column: 'nam_dat', reason: 'import.error.year' },
    ]);
  });

  it('checks the file by content and size, not by its name', async () => {
    const refuse = async (bytes: Uint8Array) =>
      rejection(importTalents(db, officerA, bytes, { dryRun: true }));
    expect(await refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))).toMatchObject({
      key: 'import.error.fileType',
      field: 'file',
    });
    expect(await refuse(new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41))).toMatchObject({
      key: 'import.error.tooLarge',
    });
    expect(await refuse(new TextEncoder().encode(HEADER))).toMatchObject({ key: 'import.error.empty' });
    // A ZIP that is no workbook.
    expect(await refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      key: 'import.error.fileType',
    });
  });
});

describe('an XLSX import', () => {
  it('reads the same rows as the CSV: what the CSV recorded is found, a new row is created', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('tai_nang');
    sheet.addRow([...IMPORT_COLUMNS]);
    for (const line of [...GOOD, row('Huỳnh Mới Thêm', YEAR - 18, 'Đoàn xã Nhập Khẩu')])
      sheet.addRow(parseCsv(line)[0]!.cells);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await counts();
    const outcome = await importTalents(db, officerA, bytes, { dryRun: false });
    expect(outcome).toMatchObject({
      written: true,
      talentsCreated: 1,
      talentsFound: 2,
      achievementsCreated: 0,
    });
    expect((await counts()).talents).toBe(before.talents + 1);
  });

  it('gives a bad cell the row number the spreadsheet shows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('tai_nang');
    sheet.addRow([...IMPORT_COLUMNS]);
    sheet.addRow(parseCsv(GOOD[0]!)[0]!.cells);
    sheet.addRow(
      parseCsv(row('Lê Sai Giới', YEAR - 20, 'Đoàn xã Nhập Khẩu'))[0]!.cells.map((c) =>
        c === 'nu' ? 'x' : c,
      ),
    );
    const outcome = await importTalents(db, officerA, new Uint8Array(await workbook.xlsx.writeBuffer()), {
      dryRun: true,
    });
    expect(outcome.errors).toEqual([{ line: 3, column: 'gioi_tinh', reason: 'import.error.gender' }]);
  });
});

describe('the template', () => {
  it('is a file the import reads: its example row checks clean apart from its unit', async () => {
    for (const bytes of [new TextEncoder().encode(templateCsv()), await templateXlsx()]) {
      const table = await readUploadedTable(bytes);
      expect(table.ok && table.header).toEqual([...IMPORT_COLUMNS]);
      const outcome = await importTalents(db, officerA, bytes, { dryRun: true });
      expect(outcome.errors.map((e) => e.column)).toEqual(['don_vi']);
    }
  });

  it('keeps a quoted cell with commas and line breaks whole, and counts lines as an editor does', () => {
    expect(parseCsv('a,b\r\n"x, ""y""\nz",2\n\nw,3')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"\nz', '2'] },
      { line: 5, cells: ['w', '3'] },
    ]);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import { createActivity, listParticipants } from '@/lib/server/nurture/activities';
import { importAttendance } from '@/lib/server/nurture/attendance-import';
import { defaultVisibility } from '@/lib/visibility';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

const csv = (text: string) => new File([text], 'danh-sach.csv', { type: 'text/csv' });

describe('attendance by import', () => {
  let t: TestDatabase;
  let officer: Actor;
  let otherOfficer: Actor;
  let activityId: number;
  const participants = async () =>
    (await listParticipants(t.db, activityId)).map((p) => [p.talentId, p.role] as const);

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 1, slug: 'tinh', name: 'Tỉnh Đoàn', kind: 'province' },
      { id: 2, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'ward', parentId: 1 },
      { id: 3, slug: 'rach-gia', name: 'Đoàn phường Rạch Giá', kind: 'ward', parentId: 1 },
    ]);
    const row = (
      id: number,
      fullName: string,
      birthYear: number,
      unitId: number,
      status = 'verified' as const,
    ) => ({
      id,
      slug: `tai-nang-${id}`,
      fullName,
      birthYear,
      discoveredYear: 2024,
      unitId,
      status,
      visibility: defaultVisibility(birthYear, 2026),
    });
    await t.db.insert(talents).values([
      row(1, 'Nguyễn Văn Đức', 2000, 2),
      row(2, 'Trần Thị Ánh', 2001, 2),
      row(3, 'Lê Minh', 1999, 3),
      // Two of the same name and year; and another unit's draft, whose name must not leak.
      row(4, 'Phạm Hoa', 2002, 2),
      row(5, 'Phạm Hoa', 2002, 3),
      { ...row(6, 'Võ Nháp', 2003, 3), status: 'draft' as const },
    ]);
    officer = await makeActor(t.db, 'officer', { unitId: 2 });
    otherOfficer = await makeActor(t.db, 'officer', { unitId: 3 });
    activityId = await createActivity(t.db, officer, {
      unitId: 2,
      kind: 'forum',
      title: 'Diễn đàn thanh niên',
      heldOn: '2026-05-10',
      startsAt: null,
      endsAt: null,
      place: '',
      description: '',
    });
  });
  afterAll(() => t.dispose());

  const good = 'Họ và tên,Năm sinh,Mã tài năng,Vai trò\nnguyen van duc,2000,,\n,,3,Diễn giả\n';

  it('checks a list without writing it, naming who each line is', async () => {
    const outcome = await importAttendance(t.db, officer, activityId, csv(good), 'check');
    expect(outcome).toEqual({
      written: false,
      errors: [],
      rows: [
        { line: 2, talentId: 1, fullName: 'Nguyễn Văn Đức', role: 'attendee' },
        { line: 3, talentId: 3, fullName: 'Lê Minh', role: 'speaker' },
      ],
    });
    expect(await participants()).toEqual([]);
  });

  it('writes nothing when any line is wrong, and says where each problem is', async () => {
    const bad = `${good}Phạm Hoa,2002,,\n,,6,\n,,999,\nTrần Thị Ánh,2001,,khách\nNguyễn Văn Đức,2000,,\n`;
    const outcome = await importAttendance(t.db, officer, activityId, csv(bad), 'import');
    expect(outcome.written).toBe(false);
    expect(outcome.errors).toEqual([
      { line: 4, column: 'Họ và tên', reason: 'attendanceImport.ambiguous' },
      { line: 5, column: 'Mã tài năng', reason: 'attendanceImport.notFound' },
      { line: 6, column: 'Mã tài năng', reason: 'attendanceImport.notFound' },
      { line: 7, column: 'Vai trò', reason: 'attendanceImport.badRole' },
      { line: 8, column: 'Họ và tên', reason: 'attendanceImport.duplicate' },
    ]);
    expect(JSON.stringify(outcome)).not.toContain('Võ Nháp');
    expect(await participants()).toEqual([]);
  });

  it('imports a good list, and importing it again changes nothing', async () => {
    expect((await importAttendance(t.db, officer, activityId, csv(good), 'import')).written).toBe(true);
    const once = await participants();
    expect(once).toEqual([
      [3, 'speaker'],
      [1, 'attendee'],
    ]);
    await importAttendance(t.db, officer, activityId, csv(good), 'import');
    expect(await participants()).toEqual(once);
  });

  it('reads XLSX files too, by their content', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Mã tài năng', 'Vai trò']);
    sheet.addRow([2, 'Tổ chức']);
    const bytes = await workbook.xlsx.writeBuffer();
    const file = new File([new Uint8Array(bytes)], 'danh-sach.csv');
    expect((await importAttendance(t.db, officer, activityId, file, 'import')).rows).toEqual([
      { line: 2, talentId: 2, fullName: 'Trần Thị Ánh', role: 'organiser' },
    ]);
  });

  it('refuses files that are no list, and officers of another unit', async () => {
    const binary = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])], 'anh.csv');
    await expect(importAttendance(t.db, officer, activityId, binary, 'check')).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const notZip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'x.xlsx');
    await expect(importAttendance(t.db, officer, activityId, notZip, 'check')).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(importAttendance(t.db, otherOfficer, activityId, csv(good), 'check')).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

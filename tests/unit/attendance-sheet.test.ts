import { describe, expect, it } from 'vitest';
import { parseAttendanceSheet } from '@/lib/nurture/attendance-sheet';
import { parseCsv } from '@/lib/tables/csv';

describe('reading CSV', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a byte order mark', () => {
    expect(parseCsv('\uFEFFHọ và tên,Năm sinh\r\n"Trần, Thị ""Ánh""",2001\r\n"Hai\ndòng",2000\n')).toEqual([
      { line: 1, cells: ['Họ và tên', 'Năm sinh'] },
      { line: 2, cells: ['Trần, Thị "Ánh"', '2001'] },
      { line: 3, cells: ['Hai\ndòng', '2000'] },
    ]);
  });

  it('takes ; as the separator when the heading line uses it', () => {
    expect(parseCsv('Mã tài năng;Vai trò\n12;Diễn giả')).toEqual([
      { line: 1, cells: ['Mã tài năng', 'Vai trò'] },
      { line: 2, cells: ['12', 'Diễn giả'] },
    ]);
  });
});

/** Rows as readSheet gives them, numbered from the heading's line 1. */
const sheet = (...rows: string[][]) => rows.map((cells, i) => ({ line: i + 1, cells }));

describe('reading an attendance list', () => {
  it('reads ids or names with birth years, roles in either language, and skips blank lines', () => {
    const { entries, errors } = parseAttendanceSheet(
      sheet(
        ['Mã tài năng', 'Họ và tên', 'Năm sinh', 'Vai trò'],
        ['7', '', '', 'diễn giả'],
        ['', '', '', ''],
        ['', '  Nguyễn   Văn Đức ', '2000', ''],
        ['', 'Lê Thị Hoa', '1999', 'Organiser'],
      ),
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { line: 2, talentId: 7, fullName: '', birthYear: null, role: 'speaker' },
      { line: 4, talentId: null, fullName: 'Nguyễn Văn Đức', birthYear: 2000, role: 'attendee' },
      { line: 5, talentId: null, fullName: 'Lê Thị Hoa', birthYear: 1999, role: 'organiser' },
    ]);
  });

  it('reports every bad line with its line and the column heading as written', () => {
    const { entries, errors } = parseAttendanceSheet(
      sheet(
        ['Ho ten', 'Nam sinh', 'Mã', 'Vai trò'],
        ['', '', 'abc', ''],
        ['Trần Văn B', '99', '', 'khách mời'],
        ['', '2001', '', ''],
        ['Nguyễn C', '2002', '', ''],
      ),
    );
    expect(errors).toEqual([
      { line: 2, column: 'Mã', reason: 'attendanceImport.badId' },
      { line: 3, column: 'Nam sinh', reason: 'attendanceImport.badBirthYear' },
      { line: 3, column: 'Vai trò', reason: 'attendanceImport.badRole' },
      { line: 4, column: 'Ho ten', reason: 'attendanceImport.needNameOrId' },
    ]);
    expect(entries.map((e) => e.line)).toEqual([5]);
  });

  it('refuses a list without usable headings, without lines, or too long', () => {
    expect(parseAttendanceSheet(sheet(['Họ và tên', 'Lớp'])).errors).toEqual([
      { line: 1, column: '', reason: 'attendanceImport.noHeading' },
    ]);
    expect(parseAttendanceSheet(sheet(['Talent ID'], [''])).errors[0]!.reason).toBe('attendanceImport.empty');
    const long = sheet(['id'], ...Array.from({ length: 2001 }, (_, i) => [String(i + 1)]));
    expect(parseAttendanceSheet(long).errors[0]!.reason).toBe('attendanceImport.tooMany');
  });
});

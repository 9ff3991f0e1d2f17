import { type ParticipantRole, participantRoles } from '@db/schema/nurture';
import type { MessageKey } from '@/lib/i18n/translate';
import type { TableRow } from '@/lib/tables/csv';
import { foldVietnamese } from '@/lib/vietnamese';

/** One problem of an imported list, where a spreadsheet user finds it: line and column heading. */
export interface SheetError {
  /** 1-based, as the spreadsheet numbers its rows (the heading is line 1). */
  line: number;
  /** The heading of the column as written in the file; empty for the line as a whole. */
  column: string;
  reason: MessageKey;
}

/** A participant as a line names them: by talent id, or by full name and birth year. */
export interface SheetEntry {
  line: number;
  talentId: number | null;
  fullName: string;
  birthYear: number | null;
  role: ParticipantRole;
}

/** A list has at most this many people (the Young Talent Conference gathers a few hundred). */
export const MAX_SHEET_LINES = 2000;

export type SheetColumn = 'talentId' | 'fullName' | 'birthYear' | 'role';
type Column = SheetColumn;

/** Headings each column is known by, folded (no tone marks, lower case), in both languages. */
const headings: Record<Column, string[]> = {
  talentId: ['ma tai nang', 'ma ho so', 'ma', 'id', 'talent id'],
  fullName: ['ho va ten', 'ho ten', 'full name', 'name'],
  birthYear: ['nam sinh', 'birth year', 'year of birth'],
  role: ['vai tro', 'role'],
};

/** Roles as people type them: the codes and the Vietnamese and English words the site shows. */
const roleWords: Record<string, ParticipantRole> = {
  'tham du': 'attendee',
  'dien gia': 'speaker',
  'nguoi kem cap': 'mentor',
  'kem cap': 'mentor',
  'to chuc': 'organiser',
  organizer: 'organiser',
  ...Object.fromEntries(participantRoles.map((role) => [role, role])),
};

const fold = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();

/**
 * Reads an attendance list (rows as readSheet gives them): a heading line, then one participant a
 * line. Each line names a talent by id, or by full name and birth year; the role may be left empty
 * (attendee). Lines left blank are skipped. Every problem is reported with its line and column; an
 * empty `errors` means all is well.
 * @example parseAttendanceSheet([{ line: 1, cells: ['Họ và tên', 'Năm sinh'] }, { line: 2, cells: ['Nguyễn Văn Đức', '2000'] }])
 */
export function parseAttendanceSheet(rows: readonly TableRow[]): {
  entries: SheetEntry[];
  errors: SheetError[];
  /** The heading each column found has in the file, for errors found later. */
  headings: Partial<Record<SheetColumn, string>>;
} {
  const header = (rows[0]?.cells ?? []).map((cell) => cell.trim());
  const at = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = (Object.keys(headings) as Column[]).find((c) => headings[c].includes(fold(cell)));
    if (column && !at.has(column)) at.set(column, index);
  });
  const found: Partial<Record<Column, string>> = Object.fromEntries(
    [...at].map(([column, index]) => [column, header[index]!]),
  );
  const refuse = (line: number, reason: MessageKey) => ({
    entries: [],
    errors: [{ line, column: '', reason }],
    headings: found,
  });
  if (!at.has('talentId') && !(at.has('fullName') && at.has('birthYear')))
    return refuse(1, 'attendanceImport.noHeading');
  const lines = rows.slice(1).filter(({ cells }) => cells.some((c) => c.trim()));
  if (lines.length === 0) return refuse(2, 'attendanceImport.empty');
  if (lines.length > MAX_SHEET_LINES) return refuse(MAX_SHEET_LINES + 2, 'attendanceImport.tooMany');

  const entries: SheetEntry[] = [];
  const errors: SheetError[] = [];
  for (const { line, cells } of lines) {
    const cell = (column: Column) => {
      const index = at.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (column: Column | null, reason: MessageKey) =>
      errors.push({ line, column: column === null ? '' : (found[column] ?? ''), reason });
    const idText = cell('talentId');
    const yearText = cell('birthYear');
    const fullName = cell('fullName').replace(/\s+/g, ' ');
    const role = roleWords[fold(cell('role'))] ?? (cell('role') === '' ? 'attendee' : null);
    const talentId = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
    const birthYear = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    const before = errors.length;
    if (idText && talentId === null) fail('talentId', 'attendanceImport.badId');
    if (!idText) {
      if (!fullName) fail(at.has('fullName') ? 'fullName' : null, 'attendanceImport.needNameOrId');
      else if (fullName.length > 200) fail('fullName', 'form.tooLong');
      if (fullName && birthYear === null)
        fail(at.has('birthYear') ? 'birthYear' : null, 'attendanceImport.badBirthYear');
    }
    if (role === null) fail('role', 'attendanceImport.badRole');
    if (errors.length === before) entries.push({ line, talentId, fullName, birthYear, role: role! });
  }
  return { entries, errors, headings: found };
}

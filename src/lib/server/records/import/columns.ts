/**
 * The import template's columns, in order. One row is one talent, with at most one achievement;
 * several rows of the same talent (same name, birth year and unit) add several achievements.
 * README.md ("Importing talents") documents the same list.
 */
import ExcelJS from 'exceljs';

export const IMPORT_COLUMNS = [
  'ho_ten',
  'nam_sinh',
  'don_vi',
  'gioi_tinh',
  'nam_phat_hien',
  'tom_tat',
  'thanh_tich',
  'giai_thuong',
  'cap',
  'xep_hang',
  'nam_dat',
  'don_vi_trao',
  'minh_chung',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns every row fills; the achievement's columns are required once `thanh_tich` is. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['ho_ten', 'nam_sinh', 'don_vi'];
export const ACHIEVEMENT_COLUMNS: readonly ImportColumn[] = ['giai_thuong', 'cap', 'nam_dat'];

const EXAMPLE: Record<ImportColumn, string> = {
  ho_ten: 'Nguyễn Thị Mẫu',
  nam_sinh: '2002',
  don_vi: 'Đoàn phường Long Xuyên',
  gioi_tinh: 'nu',
  nam_phat_hien: '2026',
  tom_tat: 'Sinh viên ngành Công nghệ thông tin',
  thanh_tich: 'Giải Nhất Hội thi Tin học trẻ tỉnh',
  giai_thuong: 'Hội thi Tin học trẻ tỉnh An Giang',
  cap: 'tinh',
  xep_hang: 'Giải Nhất',
  nam_dat: '2025',
  don_vi_trao: 'Tỉnh Đoàn An Giang',
  minh_chung: 'https://example.vn/giay-chung-nhan.pdf',
};

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The template as CSV (UTF-8 with a BOM, which spreadsheet programs need to read Vietnamese). */
export function templateCsv(): string {
  const lines = [IMPORT_COLUMNS.join(','), IMPORT_COLUMNS.map((c) => csvCell(EXAMPLE[c])).join(',')];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The template as an XLSX workbook: the header row, one example row, text cells throughout. */
export async function templateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('tai_nang');
  sheet.columns = IMPORT_COLUMNS.map((key) => ({ header: key, key, width: 22, style: { numFmt: '@' } }));
  sheet.addRow(EXAMPLE);
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import type { ReportTable } from './tables';

/** The lines above the tables of a downloaded report: headings, title, scope and date. */
export type ReportPreamble = string[];

/**
 * A cell as CSV writes it (RFC 4180): quoted when it holds a separator, quote or line break. Text
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that a
 * spreadsheet opening the file shows it rather than running it as a formula (OWASP "CSV injection").
 */
export function csvCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends and a byte-order mark, which Excel needs to read UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The rows of a report file: the preamble, then each table's title, columns and rows, a blank line apart. */
export function reportRows(preamble: ReportPreamble, tables: readonly ReportTable[]): (string | number)[][] {
  const rows: (string | number)[][] = preamble.map((line) => [line]);
  for (const table of tables) rows.push([], [table.title], table.columns, ...table.rows);
  return rows;
}

/**
 * The report as an XLSX workbook of one sheet laid out like the CSV (and the printed page): numbers
 * stay numbers, titles are bold. Text cells that look like formulas are written as text by exceljs.
 */
export async function toXlsx(
  preamble: ReportPreamble,
  tables: readonly ReportTable[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mạng lưới Tài năng trẻ An Giang';
  const sheet = workbook.addWorksheet('Báo cáo', { pageSetup: { paperSize: 9, orientation: 'portrait' } });
  for (const line of preamble) sheet.addRow([line]).font = { bold: true };
  for (const table of tables) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  sheet.getColumn(1).width = 48;
  for (const n of [2, 3, 4, 5, 6]) sheet.getColumn(n).width = 18;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

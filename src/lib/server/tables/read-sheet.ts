/**
 * Reading an uploaded table, CSV or XLSX, told apart by content: an XLSX file is a ZIP archive
 * (it starts with `PK\x03\x04`), anything else must be UTF-8 text without NUL bytes, read as CSV.
 * The file's name and declared type are the sender's claims and are never consulted.
 */
import ExcelJS from 'exceljs';
import { parseCsv, type TableRow } from '@/lib/tables/csv';

/** Largest table file accepted, checked before any parsing: a list of people is far smaller. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;

/** Why an uploaded file is not read: nothing in it, over MAX_SHEET_BYTES, or not CSV or XLSX. */
export type SheetProblem = 'empty' | 'tooLarge' | 'unreadable';

export type ReadSheet = { ok: true; rows: TableRow[] } | { ok: false; problem: SheetProblem };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * The non-blank rows of an uploaded CSV or XLSX file (the first worksheet), each cell as the text it
 * shows and each row with its line, or why the file cannot be read. Each import maps the problem to
 * its own message.
 */
export async function readSheet(bytes: Uint8Array): Promise<ReadSheet> {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_SHEET_BYTES) return { ok: false, problem: 'tooLarge' };
  const rows = ZIP_SIGNATURE.every((b, i) => bytes[i] === b) ? await readXlsx(bytes) : readCsv(bytes);
  return rows === null ? { ok: false, problem: 'unreadable' } : { ok: true, rows };
}

function readCsv(bytes: Uint8Array): TableRow[] | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('\u0000') ? null : parseCsv(text);
}

/** What the files inside an XLSX may add up to once unpacked: a list of people is far smaller. */
const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

/**
 * The unpacked size the ZIP's central directory declares, or null when it cannot be read. A small
 * archive of highly repetitive XML (a "zip bomb") would otherwise fill the memory when loaded.
 */
function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[] | null> {
  const unpacked = declaredUnpackedBytes(bytes);
  if (unpacked === null || unpacked > MAX_UNPACKED_BYTES) return null;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let col = 1; col <= sheet.columnCount; col++) cells.push(row.getCell(col).text ?? '');
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  return rows;
}

import ExcelJS from 'exceljs';
import { parseCsv } from '@/lib/tables/csv';
import { InvalidInputError } from '@/lib/server/errors';

/** A list sent as a file: larger files are not attendance lists. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;

/**
 * The rows of an uploaded CSV or XLSX file (the first worksheet), each cell as the text it shows.
 * Throws InvalidInputError (`attendanceImport.badFile`) for anything else, read by content, not by name.
 */
export async function readSheet(file: File): Promise<string[][]> {
  if (file.size === 0 || file.size > MAX_SHEET_BYTES)
    throw new InvalidInputError('attendanceImport.badFile', 'file');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An XLSX file is a ZIP archive: it starts with "PK\x03\x04".
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return readXlsx(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError('attendanceImport.badFile', 'file');
  }
  if (text.includes('\u0000')) throw new InvalidInputError('attendanceImport.badFile', 'file');
  return parseCsv(text);
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

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const unpacked = declaredUnpackedBytes(bytes);
  if (unpacked === null || unpacked > MAX_UNPACKED_BYTES)
    throw new InvalidInputError('attendanceImport.badFile', 'file');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new InvalidInputError('attendanceImport.badFile', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InvalidInputError('attendanceImport.badFile', 'file');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(row.getCell(col).text ?? '');
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * Reading an uploaded table, CSV or XLSX, told apart by content: an XLSX file is a ZIP archive
 * (it starts with `PK\x03\x04`), anything else must be UTF-8 text without NUL bytes, read as CSV.
 * The file's name and declared type are the sender's claims and are never consulted.
 */
import ExcelJS from 'exceljs';

/** Largest file accepted, checked before any parsing. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Most data rows in one file: a unit's yearly list fits many times over. */
export const MAX_IMPORT_ROWS = 2000;

export interface TableRow {
  /** The row's line in the file (the header is line 1), as the person finds it in their editor. */
  line: number;
  cells: string[];
}

export type TableRejection =
  'import.error.empty' | 'import.error.tooLarge' | 'import.error.fileType' | 'import.error.tooManyRows';

export type ReadTable =
  { ok: true; header: string[]; rows: TableRow[] } | { ok: false; reason: TableRejection };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Splits CSV text (RFC 4180: commas, double quotes, quotes doubled inside, CRLF or LF, a BOM) into
 * rows, each with the line it starts on.
 * @example parseCsv('a,"b ""c"""\n1,2') // [{ line: 1, cells: ['a', 'b "c"'] }, { line: 2, cells: ['1', '2'] }]
 */
export function parseCsv(text: string): TableRow[] {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) rows.push({ line: start, cells: [...cells, cell] });
  return rows.filter((row) => row.cells.some((c) => c.trim() !== ''));
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return null;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let col = 1; col <= sheet.columnCount; col++) cells.push(row.getCell(col).text ?? '');
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  return rows;
}

/** The header and data rows of an uploaded CSV or XLSX file, or why it cannot be read. */
export async function readUploadedTable(bytes: Uint8Array): Promise<ReadTable> {
  if (bytes.length === 0) return { ok: false, reason: 'import.error.empty' };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'import.error.tooLarge' };
  let rows: TableRow[] | null;
  if (ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) rows = await readXlsx(bytes);
  else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'import.error.fileType' };
    }
    rows = text.includes('\u0000') ? null : parseCsv(text);
  }
  if (rows === null) return { ok: false, reason: 'import.error.fileType' };
  const [header, ...data] = rows;
  if (!header || data.length === 0) return { ok: false, reason: 'import.error.empty' };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, reason: 'import.error.tooManyRows' };
  return { ok: true, header: header.cells.map((c) => c.trim().toLowerCase()), rows: data };
}

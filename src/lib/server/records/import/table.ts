/** The talent import's view of an uploaded table (read by readSheet): a header and data rows. */
import type { TableRow } from '@/lib/tables/csv';
import { readSheet, type SheetProblem } from '@/lib/server/tables/read-sheet';

/** Most data rows in one file: a unit's yearly list fits many times over. */
export const MAX_IMPORT_ROWS = 2000;

export type TableRejection =
  'import.error.empty' | 'import.error.tooLarge' | 'import.error.fileType' | 'import.error.tooManyRows';

export type ReadTable =
  { ok: true; header: string[]; rows: TableRow[] } | { ok: false; reason: TableRejection };

const rejections: Record<SheetProblem, TableRejection> = {
  empty: 'import.error.empty',
  tooLarge: 'import.error.tooLarge',
  unreadable: 'import.error.fileType',
};

/** The header (trimmed, lower case) and data rows of an uploaded CSV or XLSX file, or why it cannot be read. */
export async function readUploadedTable(bytes: Uint8Array): Promise<ReadTable> {
  const sheet = await readSheet(bytes);
  if (!sheet.ok) return { ok: false, reason: rejections[sheet.problem] };
  const [header, ...data] = sheet.rows;
  if (!header || data.length === 0) return { ok: false, reason: 'import.error.empty' };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, reason: 'import.error.tooManyRows' };
  return { ok: true, header: header.cells.map((c) => c.trim().toLowerCase()), rows: data };
}

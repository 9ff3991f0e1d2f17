/** One row of an uploaded table, CSV or XLSX. */
export interface TableRow {
  /** The row's line in the file (the heading is line 1), as the person finds it in their editor. */
  line: number;
  cells: string[];
}

/**
 * Reads CSV as spreadsheets save it (RFC 4180): quoted fields with doubled quotes and line breaks,
 * CRLF or LF, a UTF-8 byte order mark, and `;` as the separator when the header uses it (Excel does
 * in locales whose decimal mark is a comma, Vietnamese among them). Blank rows are left out; each
 * row keeps the line it starts on.
 * @example parseCsv('a,b\n"x, y",2') // [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', '2'] }]
 */
export function parseCsv(text: string): TableRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
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
    else if (c === separator) {
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

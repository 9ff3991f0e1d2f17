import type { CodedFacet } from './snapshot';

/** The integer columns of a saved snapshot, one value per slot, in this order. */
const COLUMNS = [
  'ids',
  'listed',
  'unit',
  'place',
  'fields',
  'honourYears',
  'level',
  'birthYear',
  'open',
  'latestHonour',
  'name',
  'honour',
  'standing',
] as const;
export type SnapshotColumns = Record<(typeof COLUMNS)[number], Int32Array>;

/** Version of the layout below; a saved copy of another version is ignored and rebuilt. */
const VERSION = 3;

export interface SnapshotHeader {
  dictionaries: Record<CodedFacet, string[]>;
  nameKeys: string[];
  /** Each slot's folded name, slots joined by newlines. */
  foldedNames: string;
  /** The search index's folded terms (see `readVocabularyText`), as of change `vocabularySeq`. */
  vocabulary: string;
  vocabularySeq: number;
}

/**
 * Bytes of a snapshot: a 4-byte length, the header as JSON, padding to 4 bytes, then each integer
 * column in turn. Typed arrays are copied as they are: no per-value parsing when a process starts.
 */
export function encodeSnapshot(header: SnapshotHeader, columns: SnapshotColumns): Uint8Array {
  const size = columns.ids.length;
  const json = new TextEncoder().encode(JSON.stringify({ version: VERSION, size, ...header }));
  const start = Math.ceil((4 + json.length) / 4) * 4;
  const bytes = new Uint8Array(start + COLUMNS.length * size * 4);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  COLUMNS.forEach((name, i) => {
    const column = columns[name];
    if (column.length !== size)
      throw new Error(`Snapshot column ${name} has ${column.length} values, not ${size}`);
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, size * 4), start + i * size * 4);
  });
  return bytes;
}

/** The header and columns of saved bytes, or null when they are of another version. */
export function decodeSnapshot(
  data: Uint8Array,
): { header: SnapshotHeader; columns: SnapshotColumns } | null {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as SnapshotHeader & {
    version: number;
    size: number;
  };
  if (parsed.version !== VERSION) return null;
  const start = Math.ceil((4 + length) / 4) * 4;
  // A copy: the columns must be aligned and must not keep the whole buffer alive.
  const aligned = bytes.slice(start, start + COLUMNS.length * parsed.size * 4);
  const columns = Object.fromEntries(
    COLUMNS.map((name, i) => [name, new Int32Array(aligned.buffer, i * parsed.size * 4, parsed.size)]),
  ) as SnapshotColumns;
  const { version: _version, size: _size, ...header } = parsed;
  return { header, columns };
}

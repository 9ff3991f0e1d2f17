import { eq, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  type AchievementLevel,
  achievementLevels,
  searchDocuments,
  searchSnapshot,
  searchState,
} from '@db/schema';
import { readVocabularyText } from './match';
import { decodeSnapshot, encodeSnapshot } from './snapshot-bytes';
import type { FacetName } from '@/lib/search/types';
import { searchWords } from '@/lib/search/text';
import { vietnameseNameKey } from '@/lib/vietnamese';

/** Facets whose values are stored as codes of a per-facet dictionary. */
export type CodedFacet = Exclude<FacetName, 'ageBand' | 'open' | 'level'>;

/**
 * Multi-valued facets (fields, honour years) are bit masks over their dictionary codes, so a
 * dictionary holds at most 31 values: the 11 fields and the plan's years 2022–2030 fit with room.
 */
const MAX_MASK_CODES = 31;

function mask(codes: number[]): number {
  let bits = 0;
  for (const code of codes) {
    if (code >= MAX_MASK_CODES) throw new Error(`A facet has more than ${MAX_MASK_CODES} values`);
    bits |= 1 << code;
  }
  return bits;
}

/** Rows read per statement when loading: about 1 MB of JSON each. */
const LOAD_CHUNK = 5000;

/** What the arrays hold of a document, extracted by SQLite (`d` is the document's JSON). */
const SNAPSHOT_FIELDS = sql.raw(
  `listed, d->>'unitSlug', d->>'place', d->'fields', d->'honourYears', d->>'highestLevel', ` +
    `d->>'birthYear', d->>'open', d->>'latestHonourYear', d->>'fullName'`,
);

/** A loaded row: id, seq, listed, then the fields above (all null for a removed talent). */
type SnapshotRow = [
  id: number,
  seq: number,
  listed: number,
  unitSlug: string | null,
  place: string | null,
  fields: string[] | null,
  honourYears: number[] | null,
  level: AchievementLevel | null,
  birthYear: number | null,
  open: number | null,
  latestHonourYear: number | null,
  fullName: string | null,
];

/** Maps a facet's string values to small integer codes and back. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codes.set(value, code);
    }
    return code;
  }
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

/**
 * The facet values and sort keys of every talent in the directory, as integer codes in arrays, so
 * that filtering, counting facets and ordering 100,000 talents take a few milliseconds. It is a
 * cache of `search_documents`, not state of its own: before every search it reads the change
 * sequence from the database and applies what changed since, so every instance behind a proxy
 * answers from the same data.
 */
export class FacetSnapshot {
  seq = -1;
  /** Slot of each talent id, -1 when absent. */
  slotOf = new Int32Array(1024).fill(-1);
  ids: number[] = [];
  listed: boolean[] = [];
  readonly dictionaries: Record<CodedFacet, Dictionary> = {
    field: new Dictionary(),
    unit: new Dictionary(),
    honourYear: new Dictionary(),
    place: new Dictionary(),
  };
  /** Codes per slot: single-valued facets hold one code (or -1), multi-valued ones a bit mask of codes. */
  unit: number[] = [];
  place: number[] = [];
  fields: number[] = [];
  honourYears: number[] = [];
  /** Index into achievementLevels, -1 for none. */
  level: number[] = [];
  /** 0 when the talent hides it. */
  birthYear: number[] = [];
  open: boolean[] = [];
  latestHonour: number[] = [];
  /**
   * Each name folded, words separated by one space ("nguyen van duc"), to tell name matches from
   * others without another query: one short string per talent, not an array of words (30 MB less
   * at 100,000 talents).
   */
  foldedNames: string[] = [];
  private nameKey: string[] = [];
  private derived: {
    listedSlots: Int32Array;
    orders: Record<'name' | 'honour' | 'standing', Int32Array>;
  } | null = null;
  private refreshing: Promise<void> | null = null;
  /** The search terms of a restored copy, until the engine takes them. */
  private savedVocabulary: { text: string; seq: number } | null = null;
  /** Slots changed since the orders were last computed. */
  private stale = new Set<number>();

  get size(): number {
    return this.ids.length;
  }

  /** Brings the arrays up to date with the database; concurrent callers share one refresh. */
  refresh(db: Database): Promise<void> {
    this.refreshing ??= this.load(db).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async load(db: Database): Promise<void> {
    const [state] = await db.select({ seq: searchState.seq }).from(searchState).limit(1);
    const seq = state?.seq ?? 0;
    if (seq === this.seq) return;
    if (this.seq < 0) await this.restoreSaved(db, seq);
    // Changed rows in chunks along the seq index, each chunk as one JSON string of only the fields
    // the arrays hold: the client converts rows one by one, far more slowly, and whole documents
    // of 100,000 talents would make a 70 MB string. A row changed meanwhile has a seq above
    // `seq` and comes with the next refresh.
    // Every row of change `this.seq` is already in (one transaction writes a change number and
    // its rows), so the reading starts after all of them: a rebuild's last batch is thousands.
    let after: [number, number] = [this.seq, Number.MAX_SAFE_INTEGER];
    let changed = false;
    for (;;) {
      const [chunk] = await db.all<{ rows: string | null }>(sql`
        SELECT json_group_array(json_array(talent_id, seq, ${SNAPSHOT_FIELDS})) AS rows
        FROM (SELECT talent_id, seq, listed, document AS d FROM ${searchDocuments}
              WHERE (seq, talent_id) > (${after[0]}, ${after[1]}) AND seq <= ${seq}
              ORDER BY seq, talent_id LIMIT ${LOAD_CHUNK})`);
      const rows = JSON.parse(chunk?.rows ?? '[]') as SnapshotRow[];
      for (const row of rows) this.apply(row);
      if (rows.length > 0) changed = true;
      if (rows.length < LOAD_CHUNK) break;
      const last = rows[rows.length - 1]!;
      after = [last[1], last[0]];
    }
    if (changed && this.stale.size > Math.max(1000, this.size / 20)) this.derived = null;
    this.seq = seq;
  }

  /**
   * Starts from the copy saved at the last start or rebuild (see {@link saveFacetSnapshot}), so
   * that a new process answers within a fraction of a second at 100,000 talents instead of reading
   * every document; only what changed since is read afterwards. A copy newer than the database
   * (restored from a backup) is ignored.
   */
  private async restoreSaved(db: Database, seq: number): Promise<void> {
    const [saved] = await db
      .select({ seq: searchSnapshot.seq, data: searchSnapshot.data })
      .from(searchSnapshot)
      .where(eq(searchSnapshot.id, 1));
    if (!saved || saved.seq > seq) return;
    const decoded = decodeSnapshot(saved.data);
    if (!decoded) return;
    const { header, columns } = decoded;
    const bool = (values: Int32Array) => Array.from(values, (v) => v === 1);
    this.ids = Array.from(columns.ids);
    this.listed = bool(columns.listed);
    this.unit = Array.from(columns.unit);
    this.place = Array.from(columns.place);
    this.fields = Array.from(columns.fields);
    this.honourYears = Array.from(columns.honourYears);
    this.level = Array.from(columns.level);
    this.birthYear = Array.from(columns.birthYear);
    this.open = bool(columns.open);
    this.latestHonour = Array.from(columns.latestHonour);
    this.nameKey = header.nameKeys;
    this.foldedNames = header.foldedNames.split('\n');
    this.savedVocabulary = { text: header.vocabulary, seq: header.vocabularySeq };
    for (const facet of Object.keys(this.dictionaries) as CodedFacet[]) {
      for (const value of header.dictionaries[facet]) this.dictionaries[facet].code(value);
    }
    this.ids.forEach((id, slot) => {
      this.growTo(id);
      this.slotOf[id] = slot;
    });
    const { name, honour, standing } = columns;
    this.derived = {
      listedSlots: Int32Array.from(this.ids.keys()).filter((slot) => this.listed[slot]),
      orders: { name, honour, standing },
    };
    this.seq = saved.seq;
  }

  /** The search terms of the copy this snapshot started from, once; null after or without one. */
  takeSavedVocabulary(): { text: string; seq: number } | null {
    const saved = this.savedVocabulary;
    this.savedVocabulary = null;
    return saved;
  }

  /** The arrays and the search terms, as bytes for {@link saveFacetSnapshot}. */
  encode(vocabulary: { text: string; seq: number }): Uint8Array {
    const { orders } = this.derive();
    const int = (values: ArrayLike<number | boolean>) => Int32Array.from(values as ArrayLike<number>, Number);
    return encodeSnapshot(
      {
        dictionaries: Object.fromEntries(
          Object.entries(this.dictionaries).map(([facet, dictionary]) => [facet, dictionary.values]),
        ) as Record<CodedFacet, string[]>,
        nameKeys: this.nameKey,
        foldedNames: this.foldedNames.join('\n'),
        vocabulary: vocabulary.text,
        vocabularySeq: vocabulary.seq,
      },
      {
        ids: int(this.ids),
        listed: int(this.listed),
        unit: int(this.unit),
        place: int(this.place),
        fields: int(this.fields),
        honourYears: int(this.honourYears),
        level: int(this.level),
        birthYear: int(this.birthYear),
        open: int(this.open),
        latestHonour: int(this.latestHonour),
        ...orders,
      },
    );
  }

  /** Makes room in `slotOf` for a talent id. */
  private growTo(id: number): void {
    if (id >= this.slotOf.length) {
      const grown = new Int32Array(Math.max(id + 1, this.slotOf.length * 2)).fill(-1);
      grown.set(this.slotOf);
      this.slotOf = grown;
    }
  }

  /** The slot of a talent id, or -1. */
  slot(id: number): number {
    return id < this.slotOf.length ? this.slotOf[id]! : -1;
  }

  private apply([
    id,
    ,
    listed,
    unitSlug,
    place,
    fields,
    honourYears,
    level,
    birthYear,
    open,
    latest,
    name,
  ]: SnapshotRow): void {
    let slot = this.slot(id);
    if (slot < 0) {
      if (!listed) return;
      slot = this.ids.push(id) - 1;
      this.growTo(id);
      this.slotOf[id] = slot;
    }
    this.stale.add(slot);
    const d = this.dictionaries;
    const doc = listed === 1;
    this.listed[slot] = doc;
    this.unit[slot] = doc && unitSlug ? d.unit.code(unitSlug) : -1;
    this.place[slot] = doc && place ? d.place.code(place) : -1;
    this.fields[slot] = doc ? mask((fields ?? []).map((f) => d.field.code(f))) : 0;
    this.honourYears[slot] = doc ? mask((honourYears ?? []).map((y) => d.honourYear.code(String(y)))) : 0;
    this.level[slot] = doc && level ? achievementLevels.indexOf(level) : -1;
    this.birthYear[slot] = (doc && birthYear) || 0;
    this.open[slot] = doc && open === 1;
    this.latestHonour[slot] = (doc && latest) || 0;
    this.nameKey[slot] = doc && name ? vietnameseNameKey(name) : '';
    this.foldedNames[slot] = doc && name ? searchWords(name).join(' ') : '';
  }

  /**
   * Every slot in three fixed orders, computed once per change: Vietnamese name order; newest honour
   * first; and standing (newest honour, then highest achievement), the order of relevance ties.
   */
  order(kind: 'name' | 'honour' | 'standing'): Int32Array {
    return this.derive().orders[kind];
  }

  /** Slots of every listed talent. */
  listedSlots(): Int32Array {
    return this.derive().listedSlots;
  }

  private derive() {
    if (this.derived && this.stale.size === 0) return this.derived;
    const keys = this.nameKey;
    const byName = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
    const rank = new Int32Array(this.size);
    const byHonour = (a: number, b: number) =>
      this.latestHonour[b]! - this.latestHonour[a]! || rank[a]! - rank[b]!;
    const byStanding = (a: number, b: number) =>
      this.latestHonour[b]! - this.latestHonour[a]! || this.level[b]! - this.level[a]! || rank[a]! - rank[b]!;
    // After a few changes, the changed slots are taken out and merged back in: linear, where a
    // full sort of 100,000 slots would cost a visitor a few hundred milliseconds after each edit.
    const previous = this.derived;
    const reorder = (kind: 'name' | 'honour' | 'standing', compare: (a: number, b: number) => number) =>
      previous
        ? mergeChanged(previous.orders[kind], this.stale, this.size, compare)
        : Int32Array.from(this.ids.keys()).sort(compare);
    const name = reorder('name', byName);
    name.forEach((slot, i) => (rank[slot] = i));
    const honour = reorder('honour', byHonour);
    const standing = reorder('standing', byStanding);
    const listedSlots = Int32Array.from(this.ids.keys()).filter((slot) => this.listed[slot]);
    this.stale.clear();
    this.derived = { listedSlots, orders: { name, honour, standing } };
    return this.derived;
  }
}

/**
 * `order` (every slot of an older snapshot, in order) with the `changed` slots moved to where
 * `compare` puts them now and slots added since (up to `size`) inserted: one linear merge.
 */
function mergeChanged(
  order: Int32Array,
  changed: Set<number>,
  size: number,
  compare: (a: number, b: number) => number,
): Int32Array {
  const moved = Int32Array.from(changed).sort(compare);
  const merged = new Int32Array(size);
  let m = 0;
  let out = 0;
  for (const slot of order) {
    if (changed.has(slot)) continue;
    while (m < moved.length && compare(moved[m]!, slot) < 0) merged[out++] = moved[m++]!;
    merged[out++] = slot;
  }
  while (m < moved.length) merged[out++] = moved[m++]!;
  return merged;
}

/**
 * Saves the directory's snapshot, up to date, for the next process to start from: run at start
 * (`scripts/prepare.ts`) and after a rebuild. At 100,000 talents it is about 15 MB.
 */
export async function saveFacetSnapshot(db: Database): Promise<{ talents: number; bytes: number }> {
  const snapshot = new FacetSnapshot();
  // The terms first, with the change number before them: a change made meanwhile is in the arrays,
  // and the next process reads the terms again after its first minute (see loadVocabulary).
  const [state] = await db.select({ seq: searchState.seq }).from(searchState).limit(1);
  const vocabulary = { seq: state?.seq ?? 0, text: await readVocabularyText(db) };
  await snapshot.refresh(db);
  const data = snapshot.encode(vocabulary);
  await db
    .insert(searchSnapshot)
    .values({ id: 1, seq: snapshot.seq, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) })
    .onConflictDoUpdate({ target: searchSnapshot.id, set: { seq: snapshot.seq, data: sql`excluded.data` } });
  return { talents: snapshot.size, bytes: data.byteLength };
}

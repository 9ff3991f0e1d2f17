import { sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { achievementLevels, searchDocuments, searchState } from '@db/schema';
import type { FacetName, TalentDocument } from '@/lib/search/types';
import { joinedNameWords, searchWords } from '@/lib/search/text';
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
  readonly ids: number[] = [];
  readonly listed: boolean[] = [];
  readonly dictionaries: Record<CodedFacet, Dictionary> = {
    field: new Dictionary(),
    unit: new Dictionary(),
    honourYear: new Dictionary(),
    place: new Dictionary(),
  };
  /** Codes per slot: single-valued facets hold one code (or -1), multi-valued ones a bit mask of codes. */
  readonly unit: number[] = [];
  readonly place: number[] = [];
  readonly fields: number[] = [];
  readonly honourYears: number[] = [];
  /** Index into achievementLevels, -1 for none. */
  readonly level: number[] = [];
  /** 0 when the talent hides it. */
  readonly birthYear: number[] = [];
  readonly open: boolean[] = [];
  readonly latestHonour: number[] = [];
  /** Folded words of each name, to tell name matches from others without another query. */
  readonly nameWords: string[][] = [];
  private readonly nameKey: string[] = [];
  private derived: {
    listedSlots: Int32Array;
    orders: Record<'name' | 'honour' | 'standing', Int32Array>;
  } | null = null;
  private refreshing: Promise<void> | null = null;

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
    // One JSON string for all changed rows: the client converts rows one by one, far more slowly.
    const [changes] = await db.all<{ rows: string }>(sql`
      SELECT json_group_array(json_array(talent_id, json(document))) AS rows
      FROM (SELECT talent_id, document FROM ${searchDocuments} WHERE seq > ${this.seq})`);
    const rows = JSON.parse(changes?.rows ?? '[]') as [number, TalentDocument | null][];
    for (const [id, doc] of rows) this.apply(id, doc);
    if (rows.length > 0) this.derived = null;
    this.seq = seq;
  }

  /** The slot of a talent id, or -1. */
  slot(id: number): number {
    return id < this.slotOf.length ? this.slotOf[id]! : -1;
  }

  private apply(id: number, doc: TalentDocument | null): void {
    let slot = this.slot(id);
    if (slot < 0) {
      if (!doc) return;
      slot = this.ids.push(id) - 1;
      if (id >= this.slotOf.length) {
        const grown = new Int32Array(Math.max(id + 1, this.slotOf.length * 2)).fill(-1);
        grown.set(this.slotOf);
        this.slotOf = grown;
      }
      this.slotOf[id] = slot;
    }
    const d = this.dictionaries;
    this.listed[slot] = doc !== null;
    this.unit[slot] = doc ? d.unit.code(doc.unitSlug) : -1;
    this.place[slot] = doc?.place ? d.place.code(doc.place) : -1;
    this.fields[slot] = doc ? mask(doc.fields.map((f) => d.field.code(f))) : 0;
    this.honourYears[slot] = doc ? mask(doc.honourYears.map((y) => d.honourYear.code(String(y)))) : 0;
    this.level[slot] = doc?.highestLevel ? achievementLevels.indexOf(doc.highestLevel) : -1;
    this.birthYear[slot] = doc?.birthYear ?? 0;
    this.open[slot] = doc?.open ?? false;
    this.latestHonour[slot] = doc?.latestHonourYear ?? 0;
    this.nameKey[slot] = doc ? vietnameseNameKey(doc.fullName) : '';
    this.nameWords[slot] = doc ? [...searchWords(doc.fullName), ...joinedNameWords(doc.fullName)] : [];
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
    if (!this.derived) {
      const slots = Int32Array.from(this.ids.keys());
      const keys = this.nameKey;
      const byName = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
      const name = slots.slice().sort(byName);
      const rank = new Int32Array(slots.length);
      name.forEach((slot, i) => (rank[slot] = i));
      const honour = slots
        .slice()
        .sort((a, b) => this.latestHonour[b]! - this.latestHonour[a]! || rank[a]! - rank[b]!);
      const standing = slots
        .slice()
        .sort(
          (a, b) =>
            this.latestHonour[b]! - this.latestHonour[a]! ||
            this.level[b]! - this.level[a]! ||
            rank[a]! - rank[b]!,
        );
      const listedSlots = slots.filter((slot) => this.listed[slot]);
      this.derived = { listedSlots, orders: { name, honour, standing } };
    }
    return this.derived;
  }
}

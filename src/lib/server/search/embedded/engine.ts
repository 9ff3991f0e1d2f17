import { inArray, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { searchDocuments } from '@db/schema';
import type { MatchedTerms } from '@/lib/search/highlight';
import { toHit } from '@/lib/search/hits';
import type { SearchHit, SearchQuery, SearchResult, TalentDocument, TalentSearch } from '@/lib/search/types';
import { countFacets } from './facets';
import { loadVocabulary, type MatchPlan, planMatch, useSavedVocabulary } from './match';
import { FacetSnapshot } from './snapshot';
import { removeEmbeddedDocuments, writeEmbeddedDocuments } from './store';
import * as clock from '@/lib/server/clock';

/**
 * The default engine: SQLite FTS5 in the application's own database. SQLite finds the matching
 * talents; filters, facet counts and ordering run over the in-memory {@link FacetSnapshot}.
 *
 * Relevance is tiered rather than scored with bm25, whose cost grows with every match (90 ms for a
 * name shared by a third of 100,000 talents): talents matching with the accents as typed come first,
 * then matches in the name, then in awards, then elsewhere; ties go to the most recently honoured
 * and highest achievers.
 */
export function createEmbeddedSearch(db: Database, currentYear = clock.currentYear): TalentSearch {
  const snapshot = new FacetSnapshot();

  /** Talent ids matching an FTS5 expression, in one string: far cheaper than one row per match. */
  async function matchingIds(expression: string): Promise<Int32Array> {
    const [row] = await db.all<{ ids: string | null }>(
      sql`SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ${expression}`,
    );
    return parseIds(row?.ids ?? '');
  }

  /**
   * The candidate slots of a text query and, when relevance orders them, each one's tier: 0 for a
   * match in the name, 1 in awards, 2 elsewhere, plus 3 when an accented query's accents do not
   * match. The awards tier costs one more query, so it is fetched only when the page needs it.
   */
  async function matchText(text: string, tiered: boolean) {
    const plan = await planMatch(db, text, snapshot.seq);
    if (!plan) return { slots: [] as number[], tierOf: null, tiers: 0, terms: null, refineAwards: null };
    const slots: number[] = [];
    for (const id of await matchingIds(plan.expression)) {
      const slot = snapshot.slot(id);
      if (slot >= 0 && snapshot.listed[slot]) slots.push(slot);
    }
    if (!tiered) return { slots, tierOf: null, tiers: 0, terms: plan.terms, refineAwards: null };
    const tierOf = new Int8Array(snapshot.size).fill(2);
    for (const slot of slots) if (nameMatches(snapshot.foldedNames[slot]!, plan.groups)) tierOf[slot] = 0;
    if (plan.exactExpression) {
      const exact = new Set(await matchingIds(plan.exactExpression));
      for (const slot of slots) if (!exact.has(snapshot.ids[slot]!)) tierOf[slot]! += 3;
    }
    const refineAwards = async () => {
      for (const id of await matchingIds(plan.nameOrAwardsExpression)) {
        const slot = snapshot.slot(id);
        if (slot >= 0 && tierOf[slot]! % 3 === 2) tierOf[slot]! -= 1;
      }
    };
    return { slots, tierOf, tiers: plan.exactExpression ? 6 : 3, terms: plan.terms, refineAwards };
  }

  async function loadHits(ids: number[], terms: MatchedTerms | null): Promise<SearchHit[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .select({ id: searchDocuments.talentId, document: searchDocuments.document })
      .from(searchDocuments)
      .where(inArray(searchDocuments.talentId, ids));
    const byId = new Map(
      rows.map((r) => [r.id, r.document ? (JSON.parse(r.document) as TalentDocument) : null]),
    );
    return ids.flatMap((id) => {
      const doc = byId.get(id);
      return doc ? [toHit(doc, terms)] : [];
    });
  }

  /** Brings the snapshot up to date; the search terms saved with it come along on the first call. */
  async function refresh() {
    await snapshot.refresh(db);
    const saved = snapshot.takeSavedVocabulary();
    if (saved) useSavedVocabulary(db, saved.text, saved.seq);
  }

  return {
    engine: 'embedded',
    async index(documents) {
      await db.transaction((tx) => writeEmbeddedDocuments(tx, documents));
    },
    async remove(ids) {
      await db.transaction((tx) => removeEmbeddedDocuments(tx, ids));
    },
    async warm() {
      await refresh();
      snapshot.listedSlots(); // sorts the orders now rather than in the first search
      await loadVocabulary(db, snapshot.seq);
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      await refresh();
      const hasText = query.text.trim() !== '';
      const matched = hasText ? await matchText(query.text, query.sort === 'relevance') : null;
      const candidates = matched ? matched.slots : snapshot.listedSlots();
      const { passing, total, facets } = countFacets(snapshot, candidates, query.filters, currentYear());
      const order = snapshot.order(query.sort === 'relevance' ? 'standing' : query.sort);
      const start = (query.page - 1) * query.perPage;
      // Only a page beyond the name matches needs to know which of the others matched in awards.
      if (
        matched?.tierOf &&
        matched.refineAwards &&
        countTier(passing, matched.tierOf, 0) < start + query.perPage
      ) {
        await matched.refineAwards();
      }
      const window = pickWindow(
        order,
        passing,
        matched?.tierOf ?? null,
        matched?.tiers ?? 1,
        start,
        start + query.perPage,
      );
      const hits = await loadHits(
        window.map((slot) => snapshot.ids[slot]!),
        matched?.terms ?? null,
      );
      return {
        hits,
        total,
        page: query.page,
        totalPages: Math.max(1, Math.ceil(total / query.perPage)),
        facets,
      };
    },
  };
}

/**
 * "12,7,431" as integers, read digit by digit: a broad word matches tens of thousands of talents,
 * and splitting would make a string per id for the collector to clear under load.
 */
function parseIds(text: string): Int32Array {
  if (text === '') return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const ids = new Int32Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      ids[n++] = value;
      value = 0;
    } else value = value * 10 + (code - 48);
  }
  ids[n] = value;
  return ids;
}

function countTier(passing: Uint8Array, tierOf: Int8Array, tier: number): number {
  let count = 0;
  for (let slot = 0; slot < passing.length; slot++) if (passing[slot] && tierOf[slot] === tier) count++;
  return count;
}

/**
 * Whether every query word matches the folded name as FTS5 matches the name column: a word of the
 * name, or consecutive words typed without spaces ("nguyenvan"); the last query word also as a
 * prefix of either.
 */
function nameMatches(name: string, groups: MatchPlan['groups']): boolean {
  return groups.every(
    ({ words, prefix }) =>
      words.some((word) => spansWords(name, word, false)) ||
      (prefix !== null && spansWords(name, prefix, true)),
  );
}

/** Whether `word` runs from the start of a word of `name` over its spaces, ending at a word's end unless `prefix`. */
function spansWords(name: string, word: string, prefix: boolean): boolean {
  for (let start = 0; start < name.length; start = name.indexOf(' ', start) + 1 || name.length) {
    let at = start;
    let matched = 0;
    while (matched < word.length && at < name.length) {
      if (name[at] === ' ') at++;
      else if (name[at] === word[matched]) {
        at++;
        matched++;
      } else break;
    }
    if (matched === word.length && (prefix || at === name.length || name[at] === ' ')) return true;
  }
  return false;
}

/**
 * The passing slots at positions [start, end) of the result order: by tier first (when tiered),
 * then by `order`. One pass over `order`, no sorting: tiers are counted first to know where each
 * one begins.
 */
function pickWindow(
  order: Int32Array,
  passing: Uint8Array,
  tierOf: Int8Array | null,
  tiers: number,
  start: number,
  end: number,
): number[] {
  const tierStart = new Int32Array(tiers);
  if (tierOf) {
    const sizes = new Int32Array(tiers);
    for (let slot = 0; slot < passing.length; slot++) if (passing[slot]) sizes[tierOf[slot]!]!++;
    for (let t = 1; t < tiers; t++) tierStart[t] = tierStart[t - 1]! + sizes[t - 1]!;
  }
  const seen = new Int32Array(tiers);
  const window: number[] = [];
  for (const slot of order) {
    if (!passing[slot]) continue;
    const tier = tierOf ? tierOf[slot]! : 0;
    const position = tierStart[tier]! + seen[tier]!++;
    if (position >= start && position < end) window[position - start] = slot;
  }
  return window.filter((slot) => slot !== undefined);
}

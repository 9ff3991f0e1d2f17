import type { Settings } from 'meilisearch';
import { achievementLevels } from '@db/schema';
import { oneWaySynonyms, synonymGroups } from '@/lib/search/synonyms';
import { joinedNameWords, searchWords, withSynonyms } from '@/lib/search/text';
import type { FacetName, TalentDocument } from '@/lib/search/types';
import { vietnameseNameKey } from '@/lib/vietnamese';

/**
 * A talent as Meilisearch stores it: the public document plus attributes that exist only so that
 * Meilisearch can sort and match like the embedded engine.
 */
export interface MeilisearchDocument extends Omit<TalentDocument, 'latestHonourYear'> {
  /** 0 when never honoured, so that the newest-honour sort has a number for every talent. */
  latestHonourYear: number;
  /** Index into achievementLevels, -1 for none: the empty-query order ranks the widest level first. */
  levelRank: number;
  /** {@link nameSortKey} of the full name. */
  nameKey: string;
  /** The synonyms of phrases the document contains and the name's joined words, as the embedded index appends them. */
  synonymText: string;
}

/** The Meilisearch attribute behind each facet of the directory. */
export const facetAttributes = {
  field: 'fields',
  unit: 'unitSlug',
  level: 'highestLevel',
  honourYear: 'honourYears',
  ageBand: 'birthYear',
  place: 'place',
  open: 'open',
} as const satisfies Record<FacetName, keyof MeilisearchDocument>;

/**
 * Vietnamese name order as a string Meilisearch sorts correctly. Meilisearch NFKD-decomposes and
 * lower-cases string facet values before sorting them, which would merge the private letters of
 * {@link vietnameseNameKey} (U+0100 "ā" and U+0101 "ă" become one letter). Two base-32 digits per
 * code point survive both unchanged and keep the plain code-point order.
 */
export function nameSortKey(fullName: string): string {
  let key = '';
  for (const char of vietnameseNameKey(fullName)) {
    key += Math.min(char.codePointAt(0)!, 1023).toString(32).padStart(2, '0');
  }
  return key;
}

/** The stored form of a talent document. */
export function toMeilisearchDocument(doc: TalentDocument): MeilisearchDocument {
  // The same text the embedded engine indexes, so both find a talent by the same synonyms.
  const text = [
    doc.fullName,
    ...doc.awards,
    ...doc.honourTitles,
    ...doc.fieldNames,
    doc.unitName,
    doc.shortBio,
  ].join(' · ');
  const folded = searchWords(text).join(' ');
  return {
    ...doc,
    latestHonourYear: doc.latestHonourYear ?? 0,
    levelRank: doc.highestLevel ? achievementLevels.indexOf(doc.highestLevel) : -1,
    nameKey: nameSortKey(doc.fullName),
    synonymText: [withSynonyms(text).slice(folded.length).trim(), ...joinedNameWords(doc.fullName)]
      .filter(Boolean)
      .join(' '),
  };
}

/** The public document back from a stored one. */
export function fromMeilisearchDocument(stored: MeilisearchDocument): TalentDocument {
  const { levelRank: _levelRank, nameKey: _nameKey, synonymText: _synonymText, ...doc } = stored;
  return { ...doc, latestHonourYear: stored.latestHonourYear || null };
}

/**
 * Every member of a synonym group for every other, both as written (lower-cased, as Meilisearch
 * wants its keys) and folded, so that "cong nghe thong tin" and "CNTT" find each other too; a
 * one-way abbreviation finds its group without the group finding it.
 */
export function meilisearchSynonyms(
  groups: string[][] = synonymGroups,
  oneWay: Record<string, string> = oneWaySynonyms,
): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const variants = group.map((member) => [
      ...new Set([member.toLowerCase().normalize('NFC'), searchWords(member).join(' ')]),
    ]);
    variants.forEach((own, i) => {
      const others = variants.flatMap((other, j) => (j === i ? [] : other));
      for (const key of own) {
        const set = map.get(key) ?? new Set<string>();
        others.forEach((other) => set.add(other));
        map.set(key, set);
      }
    });
  }
  for (const [abbreviation, target] of Object.entries(oneWay)) {
    const key = abbreviation.toLowerCase();
    const group = groups.find((members) => members.includes(target)) ?? [target];
    const set = map.get(key) ?? new Set<string>();
    for (const member of group) {
      set.add(member.toLowerCase().normalize('NFC'));
      set.add(searchWords(member).join(' '));
    }
    map.set(key, set);
  }
  return Object.fromEntries([...map].map(([key, set]) => [key, [...set]]));
}

/** The settings of the directory's index; applying them twice changes nothing. */
export const meilisearchSettings: Settings = {
  // Name first: Meilisearch's `attribute` rule ranks a name match above an award match, and so on.
  // `synonymText` comes last: Meilisearch only expands synonyms of up to three query words, so
  // "công nghệ thông tin" (four) reaches "CNTT" only through the index-side expansion.
  searchableAttributes: [
    'fullName',
    'awards',
    'honourTitles',
    'fieldNames',
    'unitName',
    'shortBio',
    'synonymText',
  ],
  filterableAttributes: Object.values(facetAttributes),
  sortableAttributes: ['latestHonourYear', 'levelRank', 'nameKey'],
  // `sort` first, unlike the default: the embedded engine orders a text search by honour or name
  // strictly when asked. Relevance searches with text send no sort, so the rule then does nothing.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: meilisearchSynonyms(),
  // Pages past maxTotalHits come back empty and totals stop there (the default, 1000, is 50 pages
  // of 20). 10,000 covers browsing the whole directory of a province page by page; a higher value
  // makes every broad query rank more documents for pages nobody opens.
  pagination: { maxTotalHits: 10_000 },
  // Units and birth years are the widest facets (tens of values); 200 leaves room without cost.
  faceting: { maxValuesPerFacet: 200 },
  // Meilisearch's own cutoff (1.5 s), set back explicitly over any earlier value. A search cut short
  // answers `degraded: true` with sorted hits possibly out of order; the engine then throws and the
  // directory answers from the embedded engine, so a lower cutoff would only move load there.
  searchCutoffMs: null,
  // Every attribute is Vietnamese (the English field names are few and plain ASCII): left to
  // detection, Meilisearch may segment a short text as another language.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie'] }],
};

import type { AchievementLevel, PlaceKind } from '@db/schema';

/** The facets of the directory, in the order the page shows them. */
export const facetNames = ['field', 'unit', 'level', 'honourYear', 'ageBand', 'place', 'open'] as const;
export type FacetName = (typeof facetNames)[number];

/** Selected values per facet: OR within a facet, AND across facets. Values are strings, as in URLs. */
export type SearchFilters = Partial<Record<FacetName, string[]>>;

export const sortOrders = ['relevance', 'honour', 'name'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchQuery {
  text: string;
  filters: SearchFilters;
  sort: SortOrder;
  page: number;
  perPage: number;
}

/**
 * What the directory knows of a talent: only what the talent shows to everyone. A part the talent
 * hides is absent here, so no engine can ever index it.
 */
export interface TalentDocument {
  id: number;
  slug: string;
  fullName: string;
  unitSlug: string;
  unitName: string;
  /** Field slugs; empty when the talent hides them. */
  fields: string[];
  /** Field names in Vietnamese and English, searchable. */
  fieldNames: string[];
  /** Achievement titles and award names; empty when hidden. */
  awards: string[];
  highestLevel: AchievementLevel | null;
  honourYears: number[];
  honourTitles: string[];
  latestHonourYear: number | null;
  /** Only when the talent shows it; the age band facet needs it. */
  birthYear: number | null;
  place: PlaceKind | null;
  /** Open to opportunities, and never true for a minor. */
  open: boolean;
  shortBio: string;
  photoPath: string | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchHit {
  slug: string;
  fullName: string;
  unitName: string;
  fields: string[];
  highestLevel: AchievementLevel | null;
  latestHonourYear: number | null;
  shortBio: string;
  photoPath: string | null;
  /** Name and bio with `<mark>` around matched words; everything else HTML-escaped. */
  highlighted: { fullName: string; shortBio: string };
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  totalPages: number;
  facets: Record<FacetName, FacetValue[]>;
}

/** One directory, two engines: the embedded SQLite FTS5 engine and Meilisearch. */
export interface TalentSearch {
  readonly engine: 'embedded' | 'meilisearch';
  /** Adds or replaces documents. */
  index(documents: TalentDocument[]): Promise<void>;
  /** Removes documents by talent id; unknown ids are ignored. */
  remove(ids: number[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Loads what the first search would otherwise wait for; called at server start. */
  warm?(): Promise<void>;
}

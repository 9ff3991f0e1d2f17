import { highlightHtml, type MatchedTerms } from './highlight';
import type { SearchHit, TalentDocument } from './types';

const NOTHING_MATCHED: MatchedTerms = { words: new Set(), prefix: null };

/** The parts of a document a result card shows: all that an engine needs to return for a hit. */
export const cardFields = [
  'slug',
  'fullName',
  'unitName',
  'fields',
  'highestLevel',
  'latestHonourYear',
  'shortBio',
  'photoPath',
] as const satisfies readonly (keyof TalentDocument)[];

export type CardDocument = Pick<TalentDocument, (typeof cardFields)[number]>;

/** A result card's data from a document, with the matched words marked in its name and bio. */
export function toHit(doc: CardDocument, terms: MatchedTerms | null): SearchHit {
  return {
    slug: doc.slug,
    fullName: doc.fullName,
    unitName: doc.unitName,
    fields: doc.fields,
    highestLevel: doc.highestLevel,
    latestHonourYear: doc.latestHonourYear,
    shortBio: doc.shortBio,
    photoPath: doc.photoPath,
    highlighted: {
      fullName: highlightHtml(doc.fullName, terms ?? NOTHING_MATCHED),
      shortBio: highlightHtml(doc.shortBio, terms ?? NOTHING_MATCHED),
    },
  };
}

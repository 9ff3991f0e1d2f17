import type { CollectionEntry } from 'astro:content';
import type { Lang } from '@/lib/i18n/languages';
import type { LegalDocument } from '@/lib/legal';
import { readCollection } from './collections';

export type LegalEntry = CollectionEntry<'legal'>;

/**
 * The text of a legal page in `lang`. Every page exists in both languages (a reader must be able to
 * read what they agree to), so a missing one fails the build rather than falling back.
 */
export async function getLegalEntry(lang: Lang, document: LegalDocument): Promise<LegalEntry> {
  const entries = (await readCollection('legal')).filter(
    (e) => e.data.lang === lang && e.data.document === document,
  );
  if (entries.length !== 1) {
    throw new Error(`content/legal needs exactly one ${lang} entry for ${document}, found ${entries.length}`);
  }
  return entries[0]!;
}

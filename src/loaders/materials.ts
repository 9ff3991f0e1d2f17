import type { AstroGlobal } from 'astro';
import { localizeEntries } from '@/lib/content/localized';
import { MATERIALS_FILE_PREFIX } from '@/lib/reach/countable';
import { isMaterialTopic, type Material, searchMaterials } from '@/lib/materials/catalogue';
import { cacheAnonymousPage } from './route-cache';
import { readCollection } from '@/loaders/content/collections';

export interface ListedMaterial extends Material {
  /** Where the PDF downloads from; the server entry counts each download toward reach. */
  href: string;
}

/**
 * The branch materials page for `?q=` and `?topic=`: the documents a reader of the page's language
 * sees (untranslated ones of the other language included), filtered. An unknown topic is ignored.
 * The page is cached for anonymous readers: the collection only changes with a new build.
 */
export async function loadMaterialsPage(astro: AstroGlobal) {
  const { lang } = astro.locals;
  const q = astro.url.searchParams.get('q') ?? '';
  const asked = astro.url.searchParams.get('topic');
  const topic = isMaterialTopic(asked) ? asked : null;
  const all = localizeEntries(await readCollection('materials'), lang).map(
    ({ entry: { data } }): ListedMaterial => ({
      title: data.title,
      summary: data.summary,
      topic: data.topic,
      date: data.date,
      file: data.file,
      lang: data.lang,
      href: `${MATERIALS_FILE_PREFIX}${data.file}`,
    }),
  );
  cacheAnonymousPage(astro, 'data', []);
  return { q, topic, materials: searchMaterials(all, { q, topic }), total: all.length };
}

import type { Database } from '@db/client';
import type { Lang } from '@/lib/i18n/languages';
import { parseSearchParams, staticFacetValues } from '@/lib/search/params';
import type { TalentSearch } from '@/lib/search/types';
import { fieldName, listFields } from '@/lib/server/fields';
import { listUnits } from '@/lib/server/units/tree';
import { unitChoiceGroup } from '@/lib/units/choices';
import { getTalentSearch } from '@/lib/server/search/service';
import type { Actor } from '@/lib/server/auth/actor';
import { hiddenTalentSlugs } from '@/lib/server/connections/blocks';

/**
 * Everything the directory page (and its JSON twin) answers for a URL: the query as understood,
 * the results, names for facet values, and the status: 400 when part of the URL was unusable,
 * 404 for a page past the last. `engine` is the process's search engine unless given. A signed-in
 * `viewer` does not see the profiles of people blocked either way (the index is shared by all, so
 * they are taken out of the page's hits; the counts stay the index's).
 */
export async function getDirectoryPage(
  db: Database,
  lang: Lang,
  params: URLSearchParams,
  engine?: TalentSearch,
  viewer: Actor | null = null,
) {
  const [fields, units] = await Promise.all([listFields(db), listUnits(db)]);
  const { query, problems } = parseSearchParams(
    params,
    staticFacetValues(
      fields.map((f) => f.slug),
      units.map((u) => u.slug),
    ),
  );
  const [found, hidden] = await Promise.all([
    (engine ?? (await getTalentSearch())).search(query),
    hiddenTalentSlugs(db, viewer),
  ]);
  const result = hidden.size ? { ...found, hits: found.hits.filter((hit) => !hidden.has(hit.slug)) } : found;
  const beyondLastPage = query.page > result.totalPages;
  const status = problems.length > 0 ? 400 : beyondLastPage ? 404 : 200;
  const names = {
    field: new Map(fields.map((f) => [f.slug, fieldName(f, lang)])),
    unit: new Map(units.map((u) => [u.slug, u.name])),
  };
  // The unit facet lists today's units by kind; history units hold no talents in the index.
  const unitGroups = new Map(units.map((u) => [u.slug, unitChoiceGroup(u.kind)]));
  return { query, result, problems, status, beyondLastPage, names, unitGroups };
}

export type DirectoryPage = Awaited<ReturnType<typeof getDirectoryPage>>;

import type { Database } from '@db/client';
import type { Lang } from '@/lib/i18n/languages';
import { parseSearchParams, staticFacetValues } from '@/lib/search/params';
import type { TalentSearch } from '@/lib/search/types';
import { fieldName, listFields } from '@/lib/server/fields';
import { listUnits } from '@/lib/server/units';
import { getTalentSearch } from '@/lib/server/search/service';

/**
 * Everything the directory page (and its JSON twin) answers for a URL: the query as understood,
 * the results, names for facet values, and the status: 400 when part of the URL was unusable,
 * 404 for a page past the last. `engine` is the process's search engine unless given.
 */
export async function getDirectoryPage(
  db: Database,
  lang: Lang,
  params: URLSearchParams,
  engine?: TalentSearch,
) {
  const [fields, units] = await Promise.all([listFields(db), listUnits(db)]);
  const { query, problems } = parseSearchParams(
    params,
    staticFacetValues(
      fields.map((f) => f.slug),
      units.map((u) => u.slug),
    ),
  );
  const result = await (engine ?? (await getTalentSearch())).search(query);
  const beyondLastPage = query.page > result.totalPages;
  const status = problems.length > 0 ? 400 : beyondLastPage ? 404 : 200;
  const names = {
    field: new Map(fields.map((f) => [f.slug, fieldName(f, lang)])),
    unit: new Map(units.map((u) => [u.slug, u.name])),
  };
  return { query, result, problems, status, beyondLastPage, names };
}

export type DirectoryPage = Awaited<ReturnType<typeof getDirectoryPage>>;

import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { getDirectoryPage } from '@/loaders/directory';

/**
 * The directory as JSON, for the same query string as /tim-kiem. Read-only, so no Origin check.
 * Blocked people are left out for a signed-in caller. Facet values are returned as codes; `names` gives the field and unit names in `lang` (vi by default).
 */
export const GET: APIRoute = async ({ url, locals }) => {
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const { query, result, problems, status, names } = await getDirectoryPage(
    getDb(),
    lang,
    url.searchParams,
    undefined,
    locals.actor,
  );
  return Response.json(
    {
      query,
      ...result,
      problems,
      names: { field: Object.fromEntries(names.field), unit: Object.fromEntries(names.unit) },
    },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
};

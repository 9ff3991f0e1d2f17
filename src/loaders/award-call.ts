import type { Database } from '@db/client';
import { checkBirthYear } from '@/lib/awards/eligibility-check';
import { awardYear } from '@/lib/awards/schedule';
import { findAwardCall } from '@/loaders/content/awards';
import type { Lang } from '@/lib/i18n/languages';
import { fieldName, listFields } from '@/lib/server/fields';

/**
 * What an award call page shows for a request: the call now, the answer to the birth-year
 * question in the query, and its fields by name; null when there is no such call.
 */
export async function getAwardCallPage(
  db: Database,
  lang: Lang,
  slug: string,
  query: URLSearchParams,
  now: Date,
) {
  const call = await findAwardCall(lang, slug, now);
  if (!call) return null;
  const { data } = call.entry;
  const allFields = await listFields(db);
  const fieldNames = data.fields.map((slug) => {
    const field = allFields.find((f) => f.slug === slug);
    return field ? fieldName(field, lang) : slug;
  });
  const check = checkBirthYear(query.get('birthYear'), awardYear(data), data.eligibility);
  return { call, check, fieldNames };
}

import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { localizeEntries } from '@/lib/content/localized';
import { getDb } from '@/lib/server/db';
import { currentYear } from '@/lib/server/clock';
import { getReachTarget } from '@/lib/server/reach/target';
import { PLAN_FIRST_YEAR } from '@/lib/server/targets/dashboard';
import { readFormResult } from './form-result';
import { readCollection } from '@/loaders/content/collections';

/**
 * The reach section of the targets dashboard for `year` (the page's loader has already let only
 * staff in): the figures, and for admins the youth population form with its answer.
 */
export async function loadReachSection(astro: AstroGlobal, year: number) {
  const { actor } = astro.locals;
  const isAdmin = actor?.role === 'admin' && actor.emailVerified;
  const outcome = await readFormResult(astro, astro.getActionResult(actions.setYouthPopulation));
  const years = Array.from(
    { length: Math.max(1, currentYear() - PLAN_FIRST_YEAR + 1) },
    (_, i) => PLAN_FIRST_YEAR + i,
  );
  const trend = await Promise.all(years.map((y) => getReachTarget(getDb(), y)));
  const titles = new Map(
    localizeEntries(await readCollection('materials'), astro.locals.lang).map(({ entry }) => [
      entry.data.file,
      entry.data.title,
    ]),
  );
  const reach = trend.find((row) => row.year === year) ?? (await getReachTarget(getDb(), year));
  return {
    reach,
    /** Downloads of each material in the year, most first, by its title (a removed one by its file). */
    downloads: reach.downloads.map((d) => ({ title: titles.get(d.file) ?? d.file, count: d.count })),
    trend: trend.map((row) => ({ year: row.year, value: row.figures.share.value })),
    isAdmin,
    outcome,
    action: `${String(actions.setYouthPopulation)}&year=${year}`,
  };
}

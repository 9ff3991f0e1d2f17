import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { currentYear } from '@/lib/server/clock';
import { getReachTarget } from '@/lib/server/reach/target';
import { PLAN_FIRST_YEAR } from '@/lib/server/targets/dashboard';
import { readFormResult } from './form-result';

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
  return {
    reach: trend.find((row) => row.year === year) ?? (await getReachTarget(getDb(), year)),
    trend: trend.map((row) => ({ year: row.year, value: row.figures.share.value })),
    isAdmin,
    outcome,
    action: `${String(actions.setYouthPopulation)}&year=${year}`,
  };
}

import type { AstroGlobal } from 'astro';
import { getDb } from '@/lib/server/db';
import { currentYear } from '@/lib/server/clock';
import { getTargetsDashboard, PLAN_FIRST_YEAR } from '@/lib/server/targets/dashboard';
import { redirectToSignIn } from './sign-in';

/**
 * The targets dashboard for a request: a redirect to sign in, 403 for anyone but an officer or admin
 * with a verified email, or the dashboard for `?year=` (this year when absent or out of range).
 */
export async function loadTargetsPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const allowed = (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;
  if (!allowed) {
    astro.response.status = 403;
    return { allowed, dashboard: null };
  }
  const lastYear = currentYear();
  const asked = Number(astro.url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= PLAN_FIRST_YEAR && asked <= lastYear ? asked : lastYear;
  return { allowed, dashboard: await getTargetsDashboard(getDb(), year, lastYear) };
}

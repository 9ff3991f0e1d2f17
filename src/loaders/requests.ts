import type { AstroGlobal } from 'astro';
import { routePath } from '@/routes';
import { getDb } from '@/lib/server/db';
import { listOwnRequests } from '@/lib/server/talents/requests';

/** The signed-in person's requests and where each stands (redirect to sign in otherwise). */
export async function loadRequestsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  return { requests: await listOwnRequests(getDb(), actor.id) };
}

import type { AstroGlobal } from 'astro';
import { routePath } from '@/routes';
import { getDb } from '@/lib/server/db';
import { listOwnRequests } from '@/lib/server/talents/requests';
import { listOwnApplications } from '@/lib/server/awards/review';

/** The signed-in person's requests and award applications, and where each stands (redirect to sign in otherwise). */
export async function loadRequestsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  const db = getDb();
  const [requests, applications] = await Promise.all([
    listOwnRequests(db, actor.id),
    listOwnApplications(db, actor.id),
  ]);
  return { requests, applications };
}

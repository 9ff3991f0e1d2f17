import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';
import { countQueues, listQueue } from '@/lib/server/officers/queues';
import {
  parseQueueFilters,
  queueOfSlug,
  queueRoutes,
  type QueueName,
} from '@/lib/server/officers/queue-filters';
import { getReview } from '@/lib/server/officers/review';
import { listManagedUnits } from '@/lib/server/officers/scope';
import { listUnits } from '@/lib/server/units/tree';
import { listFields } from '@/lib/server/fields';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';

/** Whether the signed-in person may use the workspace: an officer or admin with a confirmed email. */
function isStaff(actor: Actor): boolean {
  return (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;
}

/**
 * The workspace's front page for a request, shared by its two language routes: a redirect to sign
 * in, or the view's props (403 for anyone but staff).
 */
export async function loadWorkspacePage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const outcomes = {
    appoint: await readFormResult(astro, astro.getActionResult(actions.appointOfficer)),
    disable: await readFormResult(astro, astro.getActionResult(actions.disableAccount)),
  };
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false, counts: null, units: [], outcomes };
  }
  const db = getDb();
  const [counts, units] = await Promise.all([countQueues(db, actor), listUnits(db)]);
  return { allowed: true, counts, units, outcomes };
}

/** A queue page: its items under the filters of the query string, or a 404 past the last page. */
export async function loadQueuePage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const queue = queueOfSlug(lang, astro.params.queue);
  if (!queue) return null;
  const bulk = await readFormResult(astro, astro.getActionResult(actions.verifyMany));
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const, queue };
  }
  const db = getDb();
  const filters = parseQueueFilters(queue, astro.url.searchParams);
  const [page, units, fields] = await Promise.all([
    listQueue(db, actor, queue, filters),
    listManagedUnits(db, actor),
    listFields(db),
  ]);
  if (!page) return null;
  // The confirm step of a bulk action: the selected items, asked about once more.
  const selected = astro.url.searchParams
    .getAll('ids')
    .filter((v) => /^[1-9]\d{0,9}$/.test(v))
    .map(Number);
  const confirming = astro.url.searchParams.get('confirm') === 'verify';
  return { allowed: true as const, queue, filters, page, units, fields, selected, confirming, bulk };
}

/** The review page of one waiting item. */
export async function loadReviewPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const queue: QueueName | null = queueOfSlug(lang, astro.params.queue);
  const id = Number(astro.params.id);
  if (!queue || !Number.isSafeInteger(id) || id < 1) return null;
  const decision = await readFormResult(astro, astro.getActionResult(actions.decide));
  const undo = await readFormResult(astro, astro.getActionResult(actions.undoDecision));
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const, queue };
  }
  try {
    const review = await getReview(getDb(), actor, queueRoutes[queue].subject, id);
    return { allowed: true as const, queue, review, decision, undo };
  } catch (error) {
    // Another unit's item is answered as if it did not exist.
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}

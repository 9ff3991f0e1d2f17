import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { proposalStatuses, type ProposalStatus } from '@db/schema/nurture';
import { getDb } from '@/lib/server/db';
import { listOwnProposals, listProposals } from '@/lib/server/nurture/proposals';
import { routePath } from '@/routes';
import { isStaff } from './activities';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

/** A positive whole number from the address, or undefined. */
function idParam(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The proposals of the officer's dialogues, filtered by `?status=`, `?year=` and `?activity=`. */
export async function loadProposalsPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const answer = await readFormResult(astro, astro.getActionResult(actions.answerProposal), {
    shownFields: [],
  });
  if (!isStaff(astro)) {
    astro.response.status = 403;
    return { allowed: false, proposals: [], filters: {}, answer };
  }
  const params = astro.url.searchParams;
  const status = (proposalStatuses as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ProposalStatus)
    : undefined;
  const year = idParam(params.get('year'));
  const filters = {
    status,
    year: year && year >= 2000 && year <= 2100 ? year : undefined,
    activityId: idParam(params.get('activity')),
  };
  return { allowed: true, proposals: await listProposals(getDb(), actor, filters), filters, answer };
}

/** A talent's own proposals; other accounts go back to their account page. */
export async function loadOwnProposalsPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  if (actor.role !== 'talent') return astro.redirect(routePath(lang, 'account'), 303);
  return { proposals: await listOwnProposals(getDb(), actor) };
}

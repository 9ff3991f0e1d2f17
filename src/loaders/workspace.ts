import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';
import { listDraftProfiles } from '@/lib/server/officers/drafts';
import { listPendingClaims } from '@/lib/server/officers/claims';
import { listUnverifiedEmployers } from '@/lib/server/officers/employers';
import { listUnverifiedAchievements } from '@/lib/server/officers/verification';
import { listUnits } from '@/lib/server/units/tree';

/**
 * The officers' workspace for a request, shared by its two language routes: a redirect to sign in,
 * or the view's props (403 for anyone but an officer or admin with a verified email).
 */
export async function loadWorkspacePage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  // A queue's form is one button over a hidden id: its refusals are the page's message.
  const queue = { shownFields: [] };
  const outcomes = {
    claim: await readFormResult(astro, astro.getActionResult(actions.decideClaim), queue),
    draft: await readFormResult(astro, astro.getActionResult(actions.verifyTalentProfile), queue),
    achievement: await readFormResult(astro, astro.getActionResult(actions.verifyAchievement), queue),
    employer: await readFormResult(astro, astro.getActionResult(actions.verifyEmployer), queue),
    appoint: await readFormResult(astro, astro.getActionResult(actions.appointOfficer)),
    disable: await readFormResult(astro, astro.getActionResult(actions.disableAccount)),
  };
  const allowed = (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;
  if (!allowed) {
    astro.response.status = 403;
    return { allowed, claims: [], drafts: [], achievements: [], employers: [], units: [], outcomes };
  }
  const db = getDb();
  const [claims, drafts, achievements, employers, units] = await Promise.all([
    listPendingClaims(db, actor),
    listDraftProfiles(db, actor),
    listUnverifiedAchievements(db, actor),
    listUnverifiedEmployers(db, actor),
    listUnits(db),
  ]);
  return { allowed, claims, drafts, achievements, employers, units, outcomes };
}

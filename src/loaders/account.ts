import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import type { OneTimePurpose } from '@db/schema';
import { routePath } from '@/routes';
import { readLinkToken } from './link';
import { getDb } from '@/lib/server/db';
import { getPendingClaim } from '@/lib/server/talents/claims';
import { getEmployerProfile } from '@/lib/server/employers/profile';
import { listFields } from '@/lib/server/fields';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';
import { getOwnTalent } from '@/lib/server/talents/self-service';
import { listUnits } from '@/lib/server/units/tree';

/**
 * Loaders of the account pages, each shared by its Vietnamese and English routes: they check who may
 * see the page (else return a redirect), read the form results and load the data.
 */

export async function loadAccountPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  const signedOut =
    astro.getActionResult(actions.signOut)?.data ?? astro.getActionResult(actions.signOutEverywhere)?.data;
  if (signedOut) return astro.redirect(routePath(astro.locals.lang, 'signIn'), 303);
  if (!actor) return redirectToSignIn(astro);
  const resent = await readFormResult(astro, astro.getActionResult(actions.resendVerification));
  return { actor, notice: resent.data ? astro.locals.t('verify.resent') : undefined, error: resent.message };
}

export async function loadProfilePage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  if (actor.role !== 'talent') return astro.redirect(routePath(lang, 'account'), 303);
  const outcomes = {
    create: await readFormResult(astro, astro.getActionResult(actions.createProfile)),
    claim: await readFormResult(astro, astro.getActionResult(actions.claimProfile)),
    update: await readFormResult(astro, astro.getActionResult(actions.updateProfile)),
    photo: await readFormResult(astro, astro.getActionResult(actions.uploadPhoto)),
    visibility: await readFormResult(astro, astro.getActionResult(actions.updateVisibility)),
    youthUnionSharing: await readFormResult(astro, astro.getActionResult(actions.setYouthUnionSharing)),
    achievement: await readFormResult(astro, astro.getActionResult(actions.addAchievement)),
    updateAchievement: await readFormResult(astro, astro.getActionResult(actions.updateAchievement)),
    deleteAchievement: await readFormResult(astro, astro.getActionResult(actions.deleteAchievement)),
    requestCorrection: await readFormResult(astro, astro.getActionResult(actions.requestCorrection)),
  };
  // The edit form stays open on a refusal (what was typed names the achievement) and closes on success.
  const editText =
    outcomes.updateAchievement.typed?.get('achievementId') ??
    outcomes.requestCorrection.typed?.get('achievementId') ??
    astro.url.searchParams.get('edit');
  const editingId =
    outcomes.updateAchievement.data ||
    outcomes.requestCorrection.data ||
    !editText ||
    !/^[1-9]\d{0,9}$/.test(editText)
      ? null
      : Number(editText);
  const db = getDb();
  const [talent, units, fields, pendingClaim] = await Promise.all([
    getOwnTalent(db, actor),
    listUnits(db),
    listFields(db),
    getPendingClaim(db, actor.id),
  ]);
  return { talent, units, fields, pendingClaim, editingId, outcomes };
}

export async function loadEmployerPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  if (actor.role !== 'employer') return astro.redirect(routePath(lang, 'account'), 303);
  const outcome = await readFormResult(astro, astro.getActionResult(actions.saveEmployerProfile));
  return { profile: await getEmployerProfile(getDb(), actor), emailVerified: actor.emailVerified, outcome };
}

/** A page behind a mailed link: the result of its form, and the token and whether it still works. */
export async function loadLinkPage(astro: AstroGlobal, purpose: OneTimePurpose) {
  const action = {
    'verify-email': actions.verifyEmail,
    'reset-password': actions.resetPassword,
    'change-email': actions.confirmEmailChange,
  }[purpose];
  const outcome = await readFormResult(astro, astro.getActionResult(action));
  return {
    outcome,
    action: String(action),
    ...(await readLinkToken(astro, purpose, outcome.data !== undefined)),
  };
}

export async function loadSecurityPage(astro: AstroGlobal) {
  if (!astro.locals.actor) return redirectToSignIn(astro);
  return {
    password: await readFormResult(astro, astro.getActionResult(actions.changePassword)),
    email: await readFormResult(astro, astro.getActionResult(actions.requestEmailChange)),
  };
}

/** The data page; after deleting the account it still answers, to say it is done. */
export async function loadDataPage(astro: AstroGlobal) {
  const outcome = await readFormResult(astro, astro.getActionResult(actions.deleteAccount));
  if (!astro.locals.actor && !outcome.data) return redirectToSignIn(astro);
  return { outcome };
}

import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { eq } from 'drizzle-orm';
import { talents } from '@db/schema';
import { applicantBirthYears } from '@/lib/awards/application-rules';
import { now } from '@/lib/server/clock';
import { getDb } from '@/lib/server/db';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import {
  countApplicationsByCall,
  getApplicationReview,
  listCallApplications,
} from '@/lib/server/awards/review';
import {
  callForApplications,
  callKeyOf,
  findAwardCall,
  findAwardCallByKey,
  listAwardCalls,
} from '@/loaders/content/awards';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

function isStaff(actor: Actor): boolean {
  return (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;
}

/**
 * The application form of a call: a talent applies for their own profile (or, without one, says
 * who they are), staff nominate a talent of their units. Null (404) for an unknown call.
 */
export async function loadApplyPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  const call = await findAwardCall(lang, astro.params.slug ?? '', now());
  if (!call) return null;
  if (!actor) return redirectToSignIn(astro);
  const outcome = await readFormResult(astro, astro.getActionResult(actions.applyToCall), {
    shownFields: ['talent', 'fullName', 'birthYear', 'statement', 'links', 'files', 'consent'],
  });
  const rules = callForApplications(call);
  const ages = { ...applicantBirthYears(rules), year: rules.awardYear };
  const allowed = actor.emailVerified && (actor.role === 'talent' || isStaff(actor));
  if (!allowed) astro.response.status = 403;
  const [own] =
    actor.role === 'talent'
      ? await getDb().select({ fullName: talents.fullName }).from(talents).where(eq(talents.userId, actor.id))
      : [];
  const mode = !allowed ? 'forbidden' : actor.role === 'talent' ? 'apply' : 'nominate';
  return { call, rules, ages, mode, ownProfile: own ?? null, outcome } as const;
}

/** The workspace's list of calls with the counts of applications of the actor's talents. */
export async function loadAwardReviewsPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const };
  }
  const calls = await listAwardCalls(lang, now());
  const counts = await countApplicationsByCall(getDb(), actor, calls.map(callKeyOf));
  return {
    allowed: true as const,
    calls: calls.map((call) => ({ call, key: callKeyOf(call), counts: counts.get(callKeyOf(call)) ?? null })),
  };
}

/** One call's applications in the workspace, under the query's status filter and page. */
export async function loadCallApplicationsPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const call = await findAwardCallByKey(lang, astro.params.call ?? '', now());
  if (!call) return null;
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const };
  }
  const list = await listCallApplications(getDb(), actor, callKeyOf(call), astro.url.searchParams);
  if (!list) return null;
  return { allowed: true as const, call, key: callKeyOf(call), list };
}

/** One application's review page; another unit's application is answered as if it did not exist. */
export async function loadApplicationPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const call = await findAwardCallByKey(lang, astro.params.call ?? '', now());
  const id = Number(astro.params.id);
  if (!call || !Number.isSafeInteger(id) || id < 1) return null;
  const outcomes = {
    declare: await readFormResult(astro, astro.getActionResult(actions.declareConflict)),
    score: await readFormResult(astro, astro.getActionResult(actions.scoreApplication)),
    decide: await readFormResult(astro, astro.getActionResult(actions.decideApplication)),
    accept: await readFormResult(astro, astro.getActionResult(actions.acceptApplication)),
    revoke: await readFormResult(astro, astro.getActionResult(actions.revokeHonour)),
  };
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const };
  }
  try {
    const review = await getApplicationReview(getDb(), actor, id);
    if (review.application.callKey !== callKeyOf(call)) return null;
    return { allowed: true as const, call, key: callKeyOf(call), review, outcomes, today: now() };
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}

import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { getManagedActivity, listManagedActivities, listParticipants } from '@/lib/server/nurture/activities';
import { dialogueKinds, listProposals } from '@/lib/server/nurture/proposals';
import { findTalentsByName } from '@/lib/server/nurture/talent-lookup';
import { listUnits } from '@/lib/server/units/tree';
import { routePath } from '@/routes';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

/** Officers and admins with a verified email. */
export function isStaff(astro: AstroGlobal): boolean {
  const { actor } = astro.locals;
  return !!actor && (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;
}

/** The units an officer may record activities for: their own; admins every unit. */
async function managedUnits(astro: AstroGlobal) {
  const { actor } = astro.locals;
  const all = await listUnits(getDb());
  return actor?.role === 'admin' ? all : all.filter((u) => u.id === actor?.unitId);
}

/** The list of activities with the form recording a new one; a new one opens on its own page. */
export async function loadActivitiesPage(astro: AstroGlobal) {
  if (!astro.locals.actor) return redirectToSignIn(astro);
  const create = await readFormResult(astro, astro.getActionResult(actions.createActivity));
  if (create.data)
    return astro.redirect(routePath(astro.locals.lang, 'activity', { id: String(create.data.id) }), 303);
  if (!isStaff(astro)) {
    astro.response.status = 403;
    return { allowed: false, activities: [], units: [], create };
  }
  const db = getDb();
  const [activities, units] = await Promise.all([
    listManagedActivities(db, astro.locals.actor),
    managedUnits(astro),
  ]);
  return { allowed: true, activities, units, create };
}

/** One activity: its details to edit, who took part, and talents found by name to add. */
export async function loadActivityPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const outcomes = {
    update: await readFormResult(astro, astro.getActionResult(actions.updateActivity)),
    attend: await readFormResult(astro, astro.getActionResult(actions.recordAttendance), {
      shownFields: ['role'],
    }),
    remove: await readFormResult(astro, astro.getActionResult(actions.removeParticipant), {
      shownFields: [],
    }),
    import: await readFormResult(astro, astro.getActionResult(actions.importAttendance), {
      shownFields: ['file'],
    }),
    proposal: await readFormResult(astro, astro.getActionResult(actions.recordProposal), {
      shownFields: ['talentId', 'proposal'],
    }),
  };
  // A list with errors wrote nothing: the page that lists them answers as a refused form does.
  if (outcomes.import.data?.errors.length) astro.response.status = 400;
  const id = Number(astro.params.id);
  const db = getDb();
  try {
    if (!isStaff(astro)) throw new ForbiddenError();
    const activity = await getManagedActivity(db, actor, Number.isSafeInteger(id) && id > 0 ? id : 0);
    const query = (astro.url.searchParams.get('q') ?? '').slice(0, 100);
    const isDialogue = (dialogueKinds as readonly string[]).includes(activity.kind);
    const [participants, found, units, proposals] = await Promise.all([
      listParticipants(db, activity.id),
      findTalentsByName(db, actor.role === 'admin' ? null : activity.unitId, query),
      managedUnits(astro),
      isDialogue ? listProposals(db, actor, { activityId: activity.id }) : null,
    ]);
    return { status: 'ok' as const, activity, participants, found, query, units, proposals, outcomes };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    if (error instanceof ForbiddenError) {
      astro.response.status = 403;
      return { status: 'forbidden' as const, outcomes };
    }
    throw error;
  }
}

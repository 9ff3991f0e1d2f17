import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { listManagedUnits } from '@/lib/server/officers/scope';
import { getTraining, listTrainings, listUnitOfficers } from '@/lib/server/officers/training';
import { routePath } from '@/routes';
import { isStaff } from './activities';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

/** The officers with their training and lead role, the trainings, and the form recording one. */
export async function loadTrainingPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const create = await readFormResult(astro, astro.getActionResult(actions.createTraining));
  if (create.data)
    return astro.redirect(routePath(lang, 'trainingSession', { id: String(create.data.id) }), 303);
  const lead = await readFormResult(astro, astro.getActionResult(actions.setTalentWorkLead), {
    shownFields: [],
  });
  if (!isStaff(astro)) {
    astro.response.status = 403;
    return { allowed: false, officers: [], trainings: [], units: [], isAdmin: false, create, lead };
  }
  const db = getDb();
  const [officers, trainings, units] = await Promise.all([
    listUnitOfficers(db, actor),
    listTrainings(db, actor),
    listManagedUnits(db, actor),
  ]);
  return { allowed: true, officers, trainings, units, isAdmin: actor.role === 'admin', create, lead };
}

/** One training: which of the officers the viewer answers for attended it. */
export async function loadTrainingSessionPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const save = await readFormResult(astro, astro.getActionResult(actions.saveTrainingAttendance), {
    shownFields: [],
  });
  const id = Number(astro.params.id);
  try {
    if (!isStaff(astro)) throw new ForbiddenError();
    const db = getDb();
    const [session, officers] = await Promise.all([
      getTraining(db, actor, Number.isSafeInteger(id) && id > 0 ? id : 0),
      listUnitOfficers(db, actor),
    ]);
    return { status: 'ok' as const, ...session, officers, save };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    if (error instanceof ForbiddenError) {
      astro.response.status = 403;
      return { status: 'forbidden' as const, save };
    }
    throw error;
  }
}

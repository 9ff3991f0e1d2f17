import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { ForbiddenError } from '@/lib/server/errors';
import { requireProvinceStaff } from '@/lib/server/units/authority';
import { listRecentUnitEvents } from '@/lib/server/units/talent-moves';
import { countTalentsByCurrentUnit, listUnits } from '@/lib/server/units/tree';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

/**
 * The officers' units page for a request, shared by its two language routes: a redirect to sign in,
 * or the view's props (403 for anyone but province staff: a unit's own officer sees no such page).
 */
export async function loadUnitsPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  // The lib names a unit `unitId` or `parentId` whatever the form calls it: such an error is the form's message.
  const outcomes = {
    create: await readFormResult(astro, astro.getActionResult(actions.createUnit), {
      shownFields: ['name', 'kind', 'parentId'],
    }),
    merge: await readFormResult(astro, astro.getActionResult(actions.mergeUnits), {
      shownFields: ['sourceId', 'targetId', 'confirm'],
    }),
    split: await readFormResult(astro, astro.getActionResult(actions.splitUnit), {
      shownFields: ['splitUnitId', 'first', 'second', 'splitKind'],
    }),
    rename: await readFormResult(astro, astro.getActionResult(actions.renameUnit), {
      shownFields: ['renameUnitId', 'newName'],
    }),
    move: await readFormResult(astro, astro.getActionResult(actions.moveUnit), {
      shownFields: ['moveUnitId', 'newParentId'],
    }),
    moveTalent: await readFormResult(astro, astro.getActionResult(actions.moveTalent), {
      shownFields: ['talentSlug', 'talentUnitId', 'reason'],
    }),
  };
  const db = getDb();
  try {
    await requireProvinceStaff(db, actor);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    astro.response.status = 403;
    return { allowed: false, units: [], counts: new Map<number, number>(), events: [], outcomes };
  }
  const [units, counts, events] = await Promise.all([
    listUnits(db),
    countTalentsByCurrentUnit(db),
    listRecentUnitEvents(db),
  ]);
  return { allowed: true, units, counts, events, outcomes };
}

export type UnitsPage = Exclude<Awaited<ReturnType<typeof loadUnitsPage>>, Response>;

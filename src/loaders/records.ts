import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { listManagedUnits } from '@/lib/server/officers/scope';
import { listEvidence } from '@/lib/server/records/evidence';
import { findTalentRecords, getTalentRecord } from '@/lib/server/records/reading';
import { idParam } from '@/lib/pagination';
import { buildUnitChoices, TALENT_UNIT_GROUPS } from '@/lib/units/choices';
import { routePath } from '@/routes';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

const isStaff = (actor: Actor) => (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;

/** The units an officer may put a talent in, as a picker's sections. */
async function recordUnitChoices(actor: Actor) {
  return buildUnitChoices(await listManagedUnits(getDb(), actor), TALENT_UNIT_GROUPS);
}

/** The records page: a search of the officer's records and the form creating one (which leads to it). */
export async function loadRecordsPage(astro: AstroGlobal) {
  const { actor, lang } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const result = astro.getActionResult(actions.createTalentRecord);
  if (result?.data) return astro.redirect(routePath(lang, 'record', { id: result.data.id }), 303);
  const create = await readFormResult(astro, result);
  const q = (astro.url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const, q };
  }
  const [search, units] = await Promise.all([findTalentRecords(getDb(), actor, q), recordUnitChoices(actor)]);
  return { allowed: true as const, q, results: search.records, more: search.more, units, create };
}

/** One record: its edit and merge forms, achievements with their evidence, unit history. */
export async function loadRecordPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const id = idParam(astro.params.id ?? null);
  if (id === null) return null;
  const outcomes = {
    update: await readFormResult(astro, astro.getActionResult(actions.updateTalentRecord), {
      shownFields: ['fullName', 'birthYear', 'discoveredYear', 'unitId', 'gender', 'shortBio'],
    }),
    merge: await readFormResult(astro, astro.getActionResult(actions.mergeTalentRecords), {
      shownFields: ['duplicate', 'confirm'],
    }),
    evidence: await readFormResult(astro, astro.getActionResult(actions.addAchievementEvidence), {
      shownFields: [],
    }),
  };
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const };
  }
  const db = getDb();
  try {
    const record = await getTalentRecord(db, actor, id);
    const evidence = await listEvidence(
      db,
      record.achievements.map((a) => a.id),
    );
    return { allowed: true as const, record, evidence, units: await recordUnitChoices(actor), outcomes };
  } catch (error) {
    // Another unit's record is answered as if it did not exist.
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}

/** The import page: the upload form and the last check's or import's outcome. */
export async function loadImportPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const outcome = await readFormResult(astro, astro.getActionResult(actions.importTalents));
  if (!isStaff(actor)) {
    astro.response.status = 403;
    return { allowed: false as const, outcome };
  }
  return { allowed: true as const, outcome };
}

export type RecordsPageProps = Exclude<Awaited<ReturnType<typeof loadRecordsPage>>, Response>;
export type RecordPageProps = Exclude<NonNullable<Awaited<ReturnType<typeof loadRecordPage>>>, Response>;
export type ImportPageProps = Exclude<Awaited<ReturnType<typeof loadImportPage>>, Response>;

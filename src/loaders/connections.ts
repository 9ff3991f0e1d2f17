import type { AstroGlobal } from 'astro';
import { survivorSlugOf } from '@/lib/server/records/reading';
import { actions, type SafeResult } from 'astro:actions';
import { routePath } from '@/routes';
import { getDb } from '@/lib/server/db';
import { claimStateOf } from '@/lib/server/talents/claims';
import { listBlocked } from '@/lib/server/connections/blocks';
import { listBrokerQueue } from '@/lib/server/connections/broker';
import { listContactRequests } from '@/lib/server/connections/contact-lists';
import { listConnections } from '@/lib/server/connections/lists';
import { relationTo } from '@/lib/server/connections/relation';
import { listSavedSearches } from '@/lib/server/employers/saved-searches';
import { listShortlist } from '@/lib/server/employers/shortlist';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { type FormOutcome, readFormResult } from './form-result';

/**
 * Loaders of the connection and contact pages, shared by both languages. A row's form is buttons
 * over a hidden id, so its refusals are the page's message (`shownFields: []`).
 */
const rowForm = { shownFields: [] };
const toSignIn = (astro: AstroGlobal) => astro.redirect(routePath(astro.locals.lang, 'signIn'), 303);

/** One outcome for every row form of a page: the first that ran. */
async function rowOutcome<T>(
  astro: AstroGlobal,
  ...results: (SafeResult<Record<string, unknown>, T> | undefined)[]
): Promise<FormOutcome<T>> {
  const ran = results.find((result) => result !== undefined);
  return readFormResult(astro, ran, rowForm);
}

export async function loadConnectionsPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return toSignIn(astro);
  const outcome = await rowOutcome<{ done?: boolean; blocked?: boolean }>(
    astro,
    astro.getActionResult(actions.answerConnection),
    astro.getActionResult(actions.withdrawConnection),
    astro.getActionResult(actions.removeConnection),
    astro.getActionResult(actions.blockAccount),
    astro.getActionResult(actions.unblockAccount),
  );
  const db = getDb();
  const [lists, blocked] = await Promise.all([
    actor.role === 'talent' ? listConnections(db, actor) : { incoming: [], outgoing: [], connected: [] },
    listBlocked(db, actor),
  ]);
  return { ...lists, blocked, outcome, isTalent: actor.role === 'talent' };
}

export async function loadContactRequestsPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return toSignIn(astro);
  const outcome = await rowOutcome(
    astro,
    astro.getActionResult(actions.answerContact),
    astro.getActionResult(actions.withdrawContact),
    astro.getActionResult(actions.brokerRequest),
  );
  const db = getDb();
  const broker = (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;
  const [requests, queue] = await Promise.all([
    listContactRequests(db, actor),
    broker ? listBrokerQueue(db, actor) : null,
  ]);
  return { role: actor.role, requests, queue, outcome };
}

export async function loadEmployerTalentsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return toSignIn(astro);
  if (actor.role !== 'employer') return astro.redirect(routePath(lang, 'account'), 303);
  const outcome = await rowOutcome<{ done?: boolean; saved?: boolean }>(
    astro,
    astro.getActionResult(actions.removeShortlist),
    astro.getActionResult(actions.saveShortlist),
    astro.getActionResult(actions.deleteSavedSearch),
  );
  if (!actor.employerVerified) {
    astro.response.status = 403;
    return { verified: false, shortlist: [], searches: [], outcome };
  }
  const db = getDb();
  const [shortlist, searches] = await Promise.all([listShortlist(db, actor), listSavedSearches(db, actor)]);
  return { verified: true, shortlist, searches, outcome };
}

/** A talent's public page: the profile as the viewer may see it, and what they may do about it. */
export async function loadTalentPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  const slug = astro.params.slug ?? '';
  // Once blocked, the profile is gone for the blocker too: their list of blocks is where they land.
  if (astro.getActionResult(actions.blockMember)?.data)
    return astro.redirect(routePath(lang, 'connections'), 303);
  const db = getDb();
  // A duplicate merged into another record leads there for good.
  const survivor = await survivorSlugOf(db, slug);
  if (survivor) return astro.redirect(routePath(lang, 'talent', { slug: survivor }), 301);
  const profile = await getTalentProfile(db, slug, actor);
  if (!profile) return null;
  const outcomes = {
    connect: await readFormResult(astro, astro.getActionResult(actions.requestConnection)),
    contact: await readFormResult(astro, astro.getActionResult(actions.sendContactRequest)),
    shortlist: await readFormResult(astro, astro.getActionResult(actions.saveShortlist)),
    block: await readFormResult(astro, astro.getActionResult(actions.blockMember), rowForm),
    claim: await readFormResult(astro, astro.getActionResult(actions.claimProfile)),
    revoke: await readFormResult(astro, astro.getActionResult(actions.revokeHonour)),
  };
  const [relation, claim] = await Promise.all([
    relationTo(db, actor, slug),
    claimStateOf(db, actor, profile),
  ]);
  return { profile, relation, claim, outcomes };
}

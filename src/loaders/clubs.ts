import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { routePath } from '@/routes';
import { getDb } from '@/lib/server/db';
import { NotFoundError } from '@/lib/server/errors';
import { getClubPage, listClubs, listProposedClubs } from '@/lib/server/clubs/listing';
import { listClubMeetups } from '@/lib/server/clubs/meetups';
import { getForumById } from '@/lib/server/forums/access';
import { listThreads } from '@/lib/server/forums/threads';
import { listFields } from '@/lib/server/fields';
import { listUnits } from '@/lib/server/units/tree';
import { idParam } from '@/lib/pagination';
import { readFormResult } from './form-result';

/** Buttons over a hidden id: their refusals are the page's message. */
const buttons = { shownFields: [] };

/** The clubs index: filters by field and area, a keyset page, and the forms to create or propose. */
export async function loadClubsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  const db = getDb();
  const [create, propose, proposal] = await Promise.all([
    readFormResult(astro, astro.getActionResult(actions.createClub)),
    readFormResult(astro, astro.getActionResult(actions.proposeClub)),
    readFormResult(astro, astro.getActionResult(actions.decideClubProposal), buttons),
  ]);
  if (create.data) return astro.redirect(routePath(lang, 'club', { slug: create.data.slug }), 303);
  const [fields, units] = await Promise.all([listFields(db), listUnits(db)]);
  const query = astro.url.searchParams;
  const field = fields.find((f) => f.slug === query.get('field'));
  const unit = units.find((u) => u.slug === query.get('unit'));
  const page = await listClubs(db, { fieldId: field?.id, unitId: unit?.id }, query.get('after') || null);
  const isStaff = !!actor?.emailVerified && (actor.role === 'officer' || actor.role === 'admin');
  const proposals = isStaff ? await listProposedClubs(db, actor) : [];
  return {
    ...page,
    fields,
    units,
    filters: { field: field?.slug ?? '', unit: unit?.slug ?? '' },
    isStaff,
    canPropose: !!actor?.emailVerified && actor.role === 'talent',
    proposals,
    outcomes: { create, propose, proposal },
  };
}

/** A club's page: 404 for a club that does not exist or is not the reader's to see. */
export async function loadClubPage(astro: AstroGlobal, slug: string) {
  const { actor } = astro.locals;
  const db = getDb();
  const outcomes = {
    join: await readFormResult(astro, astro.getActionResult(actions.joinClub), buttons),
    leave: await readFormResult(astro, astro.getActionResult(actions.leaveClub), buttons),
    member: await readFormResult(astro, astro.getActionResult(actions.decideMember), buttons),
    meetup: await readFormResult(astro, astro.getActionResult(actions.createMeetup)),
    editMeetup: await readFormResult(astro, astro.getActionResult(actions.updateMeetup)),
    cancelMeetup: await readFormResult(astro, astro.getActionResult(actions.cancelMeetup), buttons),
    rsvp: await readFormResult(astro, astro.getActionResult(actions.rsvpMeetup), buttons),
    cover: await readFormResult(astro, astro.getActionResult(actions.uploadClubCover)),
  };
  const membersAfter = idParam(astro.url.searchParams.get('members')) ?? 0;
  let club;
  try {
    club = await getClubPage(db, actor, slug, membersAfter);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const [meetups, forum] = await Promise.all([
    listClubMeetups(db, club.club.id, actor?.id),
    getForumById(db, actor, club.forumId),
  ]);
  // The meetup a moderator opened in the form (`?meetup=`), or the one whose change was refused.
  const editingId = Number(
    outcomes.editMeetup.typed?.get('meetupId') ?? astro.url.searchParams.get('meetup'),
  );
  const editing = club.canModerate
    ? (meetups.upcoming.find((m) => m.id === editingId && !m.cancelledAt) ?? null)
    : null;
  const threads = forum.canRead ? (await listThreads(db, actor, forum, null)).threads.slice(0, 5) : [];
  const [fields, units] = await Promise.all([listFields(db), listUnits(db)]);
  return {
    ...club,
    field: fields.find((f) => f.id === club.club.fieldId) ?? null,
    unit: units.find((u) => u.id === club.club.unitId) ?? null,
    membersAfter,
    meetups,
    editing,
    canReadForum: forum.canRead,
    threads,
    outcomes,
  };
}

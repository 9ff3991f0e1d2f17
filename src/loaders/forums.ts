import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { routePath } from '@/routes';
import { getDb } from '@/lib/server/db';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { quoteOf } from '@/lib/forums/markdown';
import { getForumBySlug } from '@/lib/server/forums/access';
import { listPostRevisions, type Revision } from '@/lib/server/forums/moderation';
import { getQuotable, getThreadView, markRead } from '@/lib/server/forums/reading';
import { listClubReports, listStaffReports } from '@/lib/server/forums/reports';
import { listMyThreads, listThreads, searchThreads } from '@/lib/server/forums/threads';
import { listFields } from '@/lib/server/fields';
import { idParam } from '@/lib/pagination';
import { listMoveTargets } from '@/lib/server/forums/move-targets';
import { readFormResult } from './form-result';

const buttons = { shownFields: [] };

/** The forums index: one forum per field, and the reader's own threads. Signed-in readers only. */
export async function loadForumsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  const db = getDb();
  const [fields, mine] = await Promise.all([listFields(db), listMyThreads(db, actor)]);
  return { fields, mine };
}

/** A forum's page: its threads a keyset page at a time, or a search; and the form for a new thread. */
export async function loadForumPage(astro: AstroGlobal, slug: string) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  const db = getDb();
  const outcome = await readFormResult(astro, astro.getActionResult(actions.createThread));
  if (outcome.data) {
    return astro.redirect(
      routePath(lang, 'forumThread', { forum: slug, thread: outcome.data.threadId }),
      303,
    );
  }
  let context;
  try {
    context = await getForumBySlug(db, actor, slug);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  if (!context) return null;
  const query = astro.url.searchParams;
  const search = (query.get('q') ?? '').trim().slice(0, 100);
  if (!context.canRead) {
    astro.response.status = 403;
    return { context, search, page: null, results: null, outcome };
  }
  const results = search ? await searchThreads(db, actor, context, search) : null;
  const page = results ? null : await listThreads(db, actor, context, idParam(query.get('before')));
  return { context, search, page, results, outcome };
}

/** A thread's page: a keyset page of posts from `after`, the reply form (with a quote) and tools. */
export async function loadThreadPage(astro: AstroGlobal, forumSlug: string, threadParam: string) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  const db = getDb();
  const threadId = idParam(threadParam);
  if (threadId === null) return null;
  const reply = await readFormResult(astro, astro.getActionResult(actions.replyToThread));
  const after = idParam(astro.url.searchParams.get('after')) ?? 0;
  if (reply.data) {
    // The new post shows on the page the reader was reading, which the form carried along.
    const path = routePath(
      lang,
      'forumThread',
      { forum: forumSlug, thread: threadId },
      after ? { after } : undefined,
    );
    return astro.redirect(`${path}#post-${reply.data.postId}`, 303);
  }
  const outcomes = {
    reply,
    edit: await readFormResult(astro, astro.getActionResult(actions.editPost)),
    remove: await readFormResult(astro, astro.getActionResult(actions.deletePost), buttons),
    report: await readFormResult(astro, astro.getActionResult(actions.reportPost)),
    moderate: await readFormResult(astro, astro.getActionResult(actions.moderateThread), buttons),
    move: await readFormResult(astro, astro.getActionResult(actions.moveThread)),
    hide: await readFormResult(astro, astro.getActionResult(actions.hidePost), buttons),
    muteThread: await readFormResult(astro, astro.getActionResult(actions.muteThread), buttons),
    muteUser: await readFormResult(astro, astro.getActionResult(actions.muteUser), buttons),
  };
  if (outcomes.move.data) {
    return astro.redirect(
      routePath(lang, 'forumThread', { forum: outcomes.move.data.forum, thread: threadId }),
      303,
    );
  }
  let view;
  try {
    view = await getThreadView(db, actor, threadId, after);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    if (error instanceof ForbiddenError) {
      astro.response.status = 403;
      return { forbidden: true as const };
    }
    throw error;
  }
  // A thread moved to another forum keeps working at its old address, pointing to the new one.
  if (view.context.forum.slug !== forumSlug) {
    return astro.redirect(
      routePath(lang, 'forumThread', { forum: view.context.forum.slug, thread: threadId }),
      301,
    );
  }
  const quoteId = idParam(astro.url.searchParams.get('quote'));
  const quoted = quoteId ? await getQuotable(db, actor, quoteId) : null;
  const draft = quoted?.threadId === threadId ? quoteOf(quoted.name, quoted.body) : '';
  const revisions = view.context.canModerate
    ? await listPostRevisions(
        db,
        view.context,
        view.posts.filter((post) => post.edited || post.deleted).map((post) => post.id),
      )
    : new Map<number, Revision[]>();
  const moveTargets = await listMoveTargets(db, actor, view.context, lang);
  const lastShown = view.posts.at(-1)?.id;
  if (lastShown) await markRead(db, actor, threadId, lastShown);
  return { forbidden: false as const, ...view, revisions, moveTargets, after, draft, outcomes };
}

/** The reports queue: a club's (`?club=<id>`) for its moderators, else the officers' queue. */
export async function loadForumReportsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  const db = getDb();
  const outcome = await readFormResult(astro, astro.getActionResult(actions.handleReports), buttons);
  const clubId = idParam(astro.url.searchParams.get('club'));
  try {
    const reports = clubId ? await listClubReports(db, actor, clubId) : await listStaffReports(db, actor);
    return { allowed: true, reports, outcome };
  } catch (error) {
    if (!(error instanceof ForbiddenError || error instanceof NotFoundError)) throw error;
    astro.response.status = 403;
    return { allowed: false, reports: [], outcome };
  }
}

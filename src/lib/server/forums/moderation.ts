/**
 * What moderators do in a forum: pin, lock, hide and move threads, hide posts, read a post's
 * history. Each checks the moderator's rights in the forum of the thread (and, for a move, in the
 * forum it goes to), so a club's moderator moderates that club only.
 */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { postReports, postRevisions, posts, type Thread, threads } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordStaffAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { type ForumContext, getForumById, getForumBySlug, requireModerate } from './access';
import { isOpeningPost } from './posting';

export type ThreadFlag = 'pinned' | 'locked' | 'hidden';

/** The actor and subject of a thread's audit entries (staff's changes only: see recordStaffAudit). */
export const threadSubject = (actor: Actor, thread: Pick<Thread, 'id' | 'title'>) =>
  ({ actor, subjectType: 'thread', subjectId: thread.id, subjectLabel: thread.title }) as const;

async function requireModeratedThread(tx: Executor, actor: Actor, threadId: number) {
  const [thread] = await tx.select().from(threads).where(eq(threads.id, threadId));
  if (!thread) throw new NotFoundError();
  requireModerate(await getForumById(tx, actor, thread.forumId));
  return thread;
}

export async function setThreadFlag(
  db: Database,
  actor: Actor,
  threadId: number,
  flag: ThreadFlag,
  value: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    const thread = await requireModeratedThread(tx, actor, threadId);
    if (thread[flag] === value) return;
    await tx
      .update(threads)
      .set({ [flag]: value })
      .where(eq(threads.id, threadId));
    await recordStaffAudit(tx, {
      ...threadSubject(actor, thread),
      action: 'thread.flag',
      before: { [flag]: thread[flag] },
      after: { [flag]: value },
    });
  });
}

/** Moves a thread to another forum the moderator also moderates; its open reports follow it. */
export async function moveThread(db: Database, actor: Actor, threadId: number, toSlug: string) {
  await db.transaction(async (tx) => {
    const thread = await requireModeratedThread(tx, actor, threadId);
    // By slug, as the move form's list gives it: a field's forum is made on first use.
    const target = await getForumBySlug(tx, actor, toSlug);
    if (!target) throw new NotFoundError('community.unknownForum', 'toForum');
    if (!target.canModerate) throw new ForbiddenError('community.cannotMoveThere', 'toForum');
    const { id: targetId } = target.forum;
    await tx.update(threads).set({ forumId: targetId }).where(eq(threads.id, threadId));
    await tx
      .update(postReports)
      .set({ forumId: targetId })
      .where(sql`${postReports.postId} IN (SELECT id FROM posts WHERE thread_id = ${threadId})`);
    await recordStaffAudit(tx, {
      ...threadSubject(actor, thread),
      action: 'thread.move',
      before: { forumId: thread.forumId },
      after: { forumId: targetId, forum: toSlug },
    });
  });
}

/**
 * Hides a post from readers (or shows it again), keeping the thread's reply count to the posts
 * readers see. Returns the post's thread, or null when nothing changed.
 */
export async function setPostHidden(
  tx: Executor,
  actor: Actor,
  postId: number,
  hidden: boolean,
  now = clock.now(),
): Promise<Thread | null> {
  const [post] = await tx.select().from(posts).where(eq(posts.id, postId));
  if (!post) throw new NotFoundError();
  const thread = await requireModeratedThread(tx, actor, post.threadId);
  if ((post.hiddenAt !== null) === hidden) return null;
  await tx
    .update(posts)
    .set(hidden ? { hiddenAt: now, hiddenBy: actor.id } : { hiddenAt: null, hiddenBy: null })
    .where(eq(posts.id, postId));
  if (!post.deletedAt && !(await isOpeningPost(tx, post))) {
    await tx
      .update(threads)
      .set({ replyCount: sql`${threads.replyCount} + ${hidden ? -1 : 1}` })
      .where(eq(threads.id, post.threadId));
  }
  return thread;
}

export async function hidePost(db: Database, actor: Actor, postId: number, hidden: boolean) {
  await db.transaction(async (tx) => {
    const thread = await setPostHidden(tx, actor, postId, hidden);
    if (!thread) return;
    await recordStaffAudit(tx, {
      ...threadSubject(actor, thread),
      subjectType: 'post',
      subjectId: postId,
      action: 'post.hide',
      before: { hidden: !hidden },
      after: { hidden },
    });
  });
}

export interface Revision {
  postId: number;
  body: string;
  replacedAt: Date;
}

/** The earlier bodies of the posts of a page, by post, for the moderators of its forum. */
export async function listPostRevisions(
  db: Database,
  context: ForumContext,
  postIds: number[],
): Promise<Map<number, Revision[]>> {
  requireModerate(context);
  const rows = postIds.length
    ? await db
        .select({
          postId: postRevisions.postId,
          body: postRevisions.body,
          replacedAt: postRevisions.replacedAt,
        })
        .from(postRevisions)
        .where(inArray(postRevisions.postId, postIds))
        .orderBy(desc(postRevisions.id))
    : [];
  const byPost = new Map<number, Revision[]>();
  for (const row of rows) byPost.set(row.postId, [...(byPost.get(row.postId) ?? []), row]);
  return byPost;
}

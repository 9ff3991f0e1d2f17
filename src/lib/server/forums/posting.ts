/**
 * Writing in forums: new threads, replies, edits and deletions of one's own posts. Every earlier
 * body is kept in `post_revisions` for moderators. A thread's reply count and last post change in
 * the transaction that adds, hides or deletes a post.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type Post, postRevisions, posts, type Thread, threads } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { foldVietnamese } from '@/lib/vietnamese';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { type ForumContext, getForumById, requirePost, requireRead } from './access';
import { checkPostingLimits } from './limits';
import { notifyNewPost } from './notify';

export const MAX_THREAD_TITLE = 160;
export const MAX_POST_BODY = 20_000;

/** A thread and the rights of `actor` in its forum; a hidden thread exists for moderators only. */
export async function loadThread(
  tx: Executor,
  actor: Actor | null,
  threadId: number,
): Promise<{ thread: Thread; context: ForumContext }> {
  const [thread] = await tx.select().from(threads).where(eq(threads.id, threadId));
  if (!thread) throw new NotFoundError();
  const context = requireRead(await getForumById(tx, actor, thread.forumId));
  if (thread.hidden && !context.canModerate) throw new NotFoundError();
  return { thread, context };
}

/** Opens a thread with its first post; returns both ids. */
export async function createThread(
  db: Database,
  actor: Actor,
  forumId: number,
  input: { title: string; body: string },
  now = clock.now(),
): Promise<{ threadId: number; postId: number }> {
  return db.transaction(async (tx) => {
    requirePost(await getForumById(tx, actor, forumId));
    await checkPostingLimits(tx, actor, input.body, now);
    const [thread] = await tx
      .insert(threads)
      .values({
        forumId,
        authorId: actor.id,
        title: input.title,
        titleFolded: foldVietnamese(input.title),
        createdAt: now,
      })
      .returning({ id: threads.id });
    const post = await insertPost(tx, actor, thread!.id, input.body, now);
    await notifyNewPost(tx, actor, { threadId: thread!.id, postId: post.id, body: input.body });
    return { threadId: thread!.id, postId: post.id };
  });
}

/**
 * Replies in a thread.
 * @throws ForbiddenError (`community.threadLocked`) in a locked thread, unless a moderator replies
 */
export async function replyToThread(
  db: Database,
  actor: Actor,
  threadId: number,
  body: string,
  now = clock.now(),
): Promise<{ postId: number; previousPostId: number }> {
  return db.transaction(async (tx) => {
    const { thread, context } = await loadThread(tx, actor, threadId);
    requirePost(context);
    if (thread.locked && !context.canModerate) throw new ForbiddenError('community.threadLocked');
    await checkPostingLimits(tx, actor, body, now);
    const post = await insertPost(tx, actor, threadId, body, now);
    await tx
      .update(threads)
      .set({ replyCount: sql`${threads.replyCount} + 1` })
      .where(eq(threads.id, threadId));
    await notifyNewPost(tx, actor, { threadId, postId: post.id, body, threadAuthorId: thread.authorId });
    return { postId: post.id, previousPostId: thread.lastPostId };
  });
}

async function insertPost(tx: Executor, actor: Actor, threadId: number, body: string, now: Date) {
  const [post] = await tx
    .insert(posts)
    .values({ threadId, authorId: actor.id, body, bodyFolded: foldVietnamese(body), createdAt: now })
    .returning();
  await tx.update(threads).set({ lastPostId: post!.id }).where(eq(threads.id, threadId));
  return post!;
}

/** One's own post, not deleted, in a thread one may still write in. */
async function requireOwnPost(tx: Executor, actor: Actor, postId: number): Promise<Post> {
  const [post] = await tx.select().from(posts).where(eq(posts.id, postId));
  if (!post || post.deletedAt || post.authorId !== actor.id) throw new NotFoundError();
  const { thread, context } = await loadThread(tx, actor, post.threadId);
  if (thread.locked && !context.canModerate) throw new ForbiddenError('community.threadLocked');
  return post;
}

export async function editPost(db: Database, actor: Actor, postId: number, body: string, now = clock.now()) {
  await db.transaction(async (tx) => {
    const post = await requireOwnPost(tx, actor, postId);
    await checkPostingLimits(tx, actor, body, now);
    await tx.insert(postRevisions).values({ postId, body: post.body, replacedAt: now });
    await tx
      .update(posts)
      .set({ body, bodyFolded: foldVietnamese(body), editedAt: now })
      .where(eq(posts.id, postId));
  });
}

/** Deletes one's own post: readers see that it was deleted; moderators keep its text in the history. */
export async function deletePost(db: Database, actor: Actor, postId: number, now = clock.now()) {
  await db.transaction(async (tx) => {
    const post = await requireOwnPost(tx, actor, postId);
    // Readers see no text of a deleted post, so its last body joins the history moderators read.
    await tx.insert(postRevisions).values({ postId, body: post.body, replacedAt: now });
    await tx.update(posts).set({ deletedAt: now }).where(eq(posts.id, postId));
    if (!post.hiddenAt && !(await isOpeningPost(tx, post))) {
      await tx
        .update(threads)
        .set({ replyCount: sql`${threads.replyCount} - 1` })
        .where(eq(threads.id, post.threadId));
    }
  });
}

/** Whether `post` opens its thread (the thread's first post is not a reply). */
export async function isOpeningPost(tx: Executor, post: Pick<Post, 'id' | 'threadId'>): Promise<boolean> {
  const [first] = await tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.threadId, post.threadId)))
    .orderBy(posts.id)
    .limit(1);
  return first?.id === post.id;
}

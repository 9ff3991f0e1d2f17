/**
 * Reading a thread: its posts in order, keyset-paged on the post id (`after`), with what each
 * reader may see of hidden, deleted and muted posts (posts of someone blocked either way are left
 * out); and the reader's unread marker.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { posts, talents, threadMutes, threadReads, threads, userMutes, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { canViewPart, LISTED_STATUSES } from '@/lib/visibility';
import { hiddenUserIds } from '@/lib/server/connections/blocks';
import type { ForumContext } from './access';
import { loadThread } from './posting';

export const POSTS_PER_PAGE = 25;

export interface PostView {
  id: number;
  authorId: number;
  authorName: string;
  /** The author's profile, when the reader may see it. */
  authorSlug: string | null;
  /** Null when the reader may not see the text: deleted, or hidden for a reader who does not moderate. */
  body: string | null;
  createdAt: Date;
  edited: boolean;
  deleted: boolean;
  hidden: boolean;
  /** The reader muted the author: the post is folded. */
  muted: boolean;
  own: boolean;
}

export interface ThreadView {
  thread: typeof threads.$inferSelect;
  context: ForumContext;
  posts: PostView[];
  /** The `after` of the next page, or null on the last. */
  next: number | null;
  /** Posts of this page left out because a block stands between their author and the reader. */
  withheld: number;
  /** The reader's last read post before this visit (0: none). */
  lastReadPostId: number;
  threadMuted: boolean;
}

/** A page of a thread for `actor`, who must be allowed to read its forum. */
export async function getThreadView(
  db: Database,
  actor: Actor | null,
  threadId: number,
  after: number,
): Promise<ThreadView> {
  const { thread, context } = await loadThread(db, actor, threadId);
  const userId = actor?.id ?? -1;
  const [rows, [read], [muteRow], blocked] = await Promise.all([
    db
      .select({
        post: posts,
        authorName: users.displayName,
        talentSlug: talents.slug,
        talentStatus: talents.status,
        talentVisibility: talents.visibility,
        muted: sql<boolean>`${userMutes.mutedUserId} IS NOT NULL`.mapWith(Boolean),
      })
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .leftJoin(talents, eq(talents.userId, posts.authorId))
      .leftJoin(userMutes, and(eq(userMutes.userId, userId), eq(userMutes.mutedUserId, posts.authorId)))
      .where(and(eq(posts.threadId, threadId), gt(posts.id, after)))
      .orderBy(asc(posts.id))
      .limit(POSTS_PER_PAGE + 1),
    db
      .select({ id: threadReads.lastReadPostId })
      .from(threadReads)
      .where(and(eq(threadReads.userId, userId), eq(threadReads.threadId, threadId))),
    db
      .select({ id: threadMutes.threadId })
      .from(threadMutes)
      .where(and(eq(threadMutes.userId, userId), eq(threadMutes.threadId, threadId))),
    actor ? hiddenUserIds(db, actor.id) : new Set<number>(),
  ]);
  const page = rows.slice(0, POSTS_PER_PAGE);
  const shown = page.filter(({ post }) => !blocked.has(post.authorId));
  const viewer = { kind: 'member' } as const;
  const views = shown.map(({ post, authorName, talentSlug, talentStatus, talentVisibility, muted }) => {
    const listed =
      talentSlug !== null &&
      (LISTED_STATUSES as readonly string[]).includes(talentStatus!) &&
      canViewPart(viewer, talentVisibility!, 'profile');
    const hidden = post.hiddenAt !== null;
    const deleted = post.deletedAt !== null;
    return {
      id: post.id,
      authorId: post.authorId,
      authorName,
      authorSlug: listed ? talentSlug : null,
      body: deleted || (hidden && !context.canModerate) ? null : post.body,
      createdAt: post.createdAt,
      edited: post.editedAt !== null,
      deleted,
      hidden,
      muted: !!muted,
      own: post.authorId === actor?.id,
    };
  });
  return {
    thread,
    context,
    posts: views,
    withheld: page.length - shown.length,
    next: rows.length > POSTS_PER_PAGE ? page.at(-1)!.post.id : null,
    lastReadPostId: read?.id ?? 0,
    threadMuted: !!muteRow,
  };
}

/** Moves the reader's marker forward to `postId` (never back, so an old page does not unread). */
export async function markRead(db: Database, actor: Actor, threadId: number, postId: number) {
  await db
    .insert(threadReads)
    .values({ userId: actor.id, threadId, lastReadPostId: postId })
    .onConflictDoUpdate({
      target: [threadReads.userId, threadReads.threadId],
      set: { lastReadPostId: sql`max(${threadReads.lastReadPostId}, excluded.last_read_post_id)` },
    });
}

/** A post's body for quoting in a reply, if the reader may read it. */
export async function getQuotable(db: Database, actor: Actor, postId: number) {
  const [row] = await db
    .select({
      body: posts.body,
      threadId: posts.threadId,
      name: users.displayName,
      hidden: posts.hiddenAt,
      deleted: posts.deletedAt,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.id, postId));
  if (!row || row.hidden || row.deleted) return null;
  await loadThread(db, actor, row.threadId);
  return { name: row.name, body: row.body, threadId: row.threadId };
}

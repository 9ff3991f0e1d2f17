/**
 * Listing threads: a forum's page (pinned first, then newest activity, keyset-paged on the last
 * post id so page 100 costs what page 1 does), "my threads", and a search within one forum.
 */
import { and, desc, eq, exists, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { forums, posts, threadReads, threads, userMutes, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { foldVietnamese } from '@/lib/vietnamese';
import { hiddenUserIdsQuery } from '@/lib/server/connections/blocks';
import type { ForumContext } from './access';

export const THREADS_PER_PAGE = 20;
const PINNED_SHOWN = 10;

export interface ThreadListing {
  id: number;
  title: string;
  authorName: string;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
  replyCount: number;
  lastPostId: number;
  createdAt: Date;
  /** Whether a post newer than the reader's last read one exists. */
  unread: boolean;
}

function listingColumns(userId: number | undefined) {
  return {
    id: threads.id,
    title: threads.title,
    authorName: users.displayName,
    pinned: threads.pinned,
    locked: threads.locked,
    hidden: threads.hidden,
    replyCount: threads.replyCount,
    lastPostId: threads.lastPostId,
    createdAt: threads.createdAt,
    unread:
      userId === undefined
        ? sql<boolean>`0`.mapWith(Boolean)
        : sql<boolean>`coalesce(${threadReads.lastReadPostId}, 0) < ${threads.lastPostId}`.mapWith(Boolean),
  };
}

/** Threads by people the reader muted, or blocked either way, are left out of the reader's lists. */
function unwantedAuthors(db: Database, userId: number | undefined) {
  return userId === undefined
    ? undefined
    : and(
        notInArray(
          threads.authorId,
          db.select({ id: userMutes.mutedUserId }).from(userMutes).where(eq(userMutes.userId, userId)),
        ),
        notInArray(threads.authorId, hiddenUserIdsQuery(db, userId)),
      );
}

function listingQuery(db: Database, actor: Actor | null) {
  const userId = actor?.id;
  return db
    .select(listingColumns(userId))
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .leftJoin(threadReads, and(eq(threadReads.threadId, threads.id), eq(threadReads.userId, userId ?? -1)));
}

export interface ThreadPage {
  pinned: ThreadListing[];
  threads: ThreadListing[];
  /** Moderators only: hidden threads, to show again. */
  hidden: ThreadListing[];
  /** The `before` value of the next page, or null on the last. */
  next: number | null;
}

/**
 * A page of a forum's threads for a reader who may read it. `before` is the last post id the
 * previous page ended at; pinned threads come on the first page only.
 */
export async function listThreads(
  db: Database,
  actor: Actor | null,
  context: ForumContext,
  before: number | null,
): Promise<ThreadPage> {
  const forumId = context.forum.id;
  const muted = unwantedAuthors(db, actor?.id);
  const visible = (pinned: boolean) =>
    and(eq(threads.forumId, forumId), eq(threads.hidden, false), eq(threads.pinned, pinned), muted);
  const [pinned, rows, hidden] = await Promise.all([
    before === null
      ? listingQuery(db, actor).where(visible(true)).orderBy(desc(threads.lastPostId)).limit(PINNED_SHOWN)
      : [],
    listingQuery(db, actor)
      .where(and(visible(false), before === null ? undefined : lt(threads.lastPostId, before)))
      .orderBy(desc(threads.lastPostId))
      .limit(THREADS_PER_PAGE + 1),
    context.canModerate && before === null
      ? listingQuery(db, actor)
          .where(and(eq(threads.forumId, forumId), eq(threads.hidden, true)))
          .orderBy(desc(threads.lastPostId))
          .limit(PINNED_SHOWN)
      : [],
  ]);
  const more = rows.length > THREADS_PER_PAGE;
  const page = rows.slice(0, THREADS_PER_PAGE);
  return { pinned, threads: page, hidden, next: more ? page.at(-1)!.lastPostId : null };
}

export interface MyThread extends ThreadListing {
  forumSlug: string;
}

/** The threads `actor` started, newest activity first. */
export async function listMyThreads(db: Database, actor: Actor): Promise<MyThread[]> {
  return db
    .select({ ...listingColumns(actor.id), forumSlug: forums.slug })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .innerJoin(forums, eq(forums.id, threads.forumId))
    .leftJoin(threadReads, and(eq(threadReads.threadId, threads.id), eq(threadReads.userId, actor.id)))
    .where(and(eq(threads.authorId, actor.id), eq(threads.hidden, false)))
    .orderBy(desc(threads.lastPostId))
    .limit(50);
}

/**
 * Threads of one forum whose title or a visible post contains `text`, tone marks and `đ` ignored (both
 * sides folded); at most {@link THREADS_PER_PAGE}.
 */
export async function searchThreads(
  db: Database,
  actor: Actor | null,
  context: ForumContext,
  text: string,
): Promise<ThreadListing[]> {
  const pattern = `%${foldVietnamese(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const inPosts = db
    .select({ id: posts.threadId })
    .from(posts)
    .where(
      and(
        eq(posts.threadId, threads.id),
        sql`${posts.deletedAt} IS NULL AND ${posts.hiddenAt} IS NULL`,
        actor ? notInArray(posts.authorId, hiddenUserIdsQuery(db, actor.id)) : undefined,
        sql`${posts.bodyFolded} LIKE ${pattern} ESCAPE '\\'`,
      ),
    );
  return listingQuery(db, actor)
    .where(
      and(
        eq(threads.forumId, context.forum.id),
        eq(threads.hidden, false),
        unwantedAuthors(db, actor?.id),
        or(sql`${threads.titleFolded} LIKE ${pattern} ESCAPE '\\'`, exists(inPosts)),
      ),
    )
    .orderBy(desc(threads.lastPostId))
    .limit(THREADS_PER_PAGE);
}

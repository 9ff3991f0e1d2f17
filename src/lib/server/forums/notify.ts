/**
 * Who hears of a new post: the thread's author of a reply, and the talents it mentions (`@slug`),
 * each only if they may read the forum, mute neither the thread nor the writer, and no block
 * stands between them and the writer. Notified in the
 * transaction that adds the post, so a rolled-back post tells no one.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { talents, threadMutes, threads, userMutes, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { extractMentions } from '@/lib/forums/markdown';
import { type NewNotification, notify } from '@/lib/server/notifications';
import { isEitherBlocked } from '@/lib/server/connections/blocks';
import { getForumById } from './access';

/** Mentions past this many in one post notify no one more: a post is not a mailing list. */
const MAX_MENTIONS = 10;

interface NewPost {
  threadId: number;
  postId: number;
  body: string;
  /** For a reply: the author of the thread, told of it. */
  threadAuthorId?: number;
}

export async function notifyNewPost(tx: Executor, actor: Actor, post: NewPost): Promise<void> {
  const slugs = extractMentions(post.body).slice(0, MAX_MENTIONS);
  const mentioned = slugs.length
    ? await tx.select({ userId: talents.userId }).from(talents).where(inArray(talents.slug, slugs))
    : [];
  const mentionIds = new Set(mentioned.map((m) => m.userId).filter((id): id is number => id !== null));
  const replyTo = post.threadAuthorId !== undefined && !mentionIds.has(post.threadAuthorId);
  const candidates = [...mentionIds, ...(replyTo ? [post.threadAuthorId!] : [])].filter(
    (id) => id !== actor.id,
  );
  if (candidates.length === 0) return;

  const [thread] = await tx
    .select({ title: threads.title, forumId: threads.forumId })
    .from(threads)
    .where(eq(threads.id, post.threadId));
  const forum = await getForumById(tx, null, thread!.forumId);
  const items: NewNotification[] = [];
  for (const userId of candidates) {
    if (!(await wantsToHear(tx, userId, actor.id, post.threadId, thread!.forumId))) continue;
    items.push({
      userId,
      kind: mentionIds.has(userId) ? 'forumMention' : 'forumReply',
      params: { name: actor.displayName, thread: thread!.title },
      link: { route: 'forumThread', params: { forum: forum.forum.slug, thread: post.threadId } },
    });
  }
  await notify(tx, ...items);
}

async function wantsToHear(
  tx: Executor,
  userId: number,
  authorId: number,
  threadId: number,
  forumId: number,
) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt || (await isEitherBlocked(tx, userId, authorId))) return false;
  const reader: Actor = {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    unitId: user.role === 'officer' ? user.unitId : null,
    emailVerified: user.emailVerifiedAt !== null,
    employerVerified: false,
  };
  if (!(await getForumById(tx, reader, forumId)).canRead) return false;
  const [threadMuted] = await tx
    .select()
    .from(threadMutes)
    .where(and(eq(threadMutes.userId, userId), eq(threadMutes.threadId, threadId)));
  const [authorMuted] = await tx
    .select()
    .from(userMutes)
    .where(and(eq(userMutes.userId, userId), eq(userMutes.mutedUserId, authorId)));
  return !threadMuted && !authorMuted;
}

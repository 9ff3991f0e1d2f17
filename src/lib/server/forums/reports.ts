/**
 * Reports of posts: any reader reports a post with a reason; moderators see their club's queue,
 * officers a queue of every forum they moderate, and both handle several reports at once.
 */
import { and, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { clubs, forums, postReports, posts, threads, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordStaffAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { requireModeratedClub, requireParticipant } from '@/lib/server/clubs/access';
import { requireStaff } from '@/lib/server/officers/scope';
import { getForumById, requireModerate } from './access';
import { setPostHidden } from './moderation';
import { loadThread } from './posting';

export const MAX_REPORT_REASON = 500;
const QUEUE_SIZE = 100;

/** Reports a post once per reader; reporting it again changes nothing. */
export async function reportPost(db: Database, actor: Actor, postId: number, reason: string) {
  requireParticipant(actor);
  await db.transaction(async (tx) => {
    const [post] = await tx.select().from(posts).where(eq(posts.id, postId));
    if (!post || post.deletedAt) throw new NotFoundError();
    const { thread } = await loadThread(tx, actor, post.threadId);
    if (post.authorId === actor.id) throw new ForbiddenError();
    await tx
      .insert(postReports)
      .values({ postId, forumId: thread.forumId, reporterId: actor.id, reason, createdAt: clock.now() })
      .onConflictDoNothing();
  });
}

export interface QueuedReport {
  id: number;
  postId: number;
  threadId: number;
  threadTitle: string;
  forumSlug: string;
  body: string;
  authorName: string;
  reason: string;
  createdAt: Date;
  postHidden: boolean;
}

async function listOpenReports(db: Database, where: SQL | undefined): Promise<QueuedReport[]> {
  return db
    .select({
      id: postReports.id,
      postId: postReports.postId,
      threadId: threads.id,
      threadTitle: threads.title,
      forumSlug: forums.slug,
      body: posts.body,
      authorName: users.displayName,
      reason: postReports.reason,
      createdAt: postReports.createdAt,
      postHidden: sql<boolean>`${posts.hiddenAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(postReports)
    .innerJoin(posts, eq(posts.id, postReports.postId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(forums, eq(forums.id, postReports.forumId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(clubs, eq(clubs.id, forums.clubId))
    .where(and(eq(postReports.status, 'open'), where))
    .orderBy(desc(postReports.id))
    .limit(QUEUE_SIZE);
}

/** The open reports of a club's forum, for its moderators. */
export async function listClubReports(db: Database, actor: Actor, clubId: number) {
  await requireModeratedClub(db, actor, clubId);
  const [forum] = await db.select({ id: forums.id }).from(forums).where(eq(forums.clubId, clubId));
  return listOpenReports(db, eq(postReports.forumId, forum!.id));
}

/** Officers' queue: field forums and their unit's clubs; admins: everything. */
export async function listStaffReports(db: Database, actor: Actor) {
  requireStaff(actor);
  if (actor.role === 'admin') return listOpenReports(db, undefined);
  return listOpenReports(
    db,
    or(isNotNull(forums.fieldId), actor.unitId === null ? undefined : eq(clubs.unitId, actor.unitId)),
  );
}

export type ReportAction = 'hide' | 'dismiss';

/**
 * Handles reports in bulk: `hide` hides each reported post and resolves its open reports,
 * `dismiss` closes the reports and leaves the posts. Reports of forums the actor does not moderate
 * refuse the whole batch.
 * @returns how many reports were closed
 */
export async function handleReports(
  db: Database,
  actor: Actor,
  reportIds: number[],
  action: ReportAction,
  now = clock.now(),
): Promise<number> {
  if (reportIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const reports = await tx
      .select()
      .from(postReports)
      .where(and(inArray(postReports.id, reportIds), eq(postReports.status, 'open')));
    for (const forumId of new Set(reports.map((r) => r.forumId))) {
      requireModerate(await getForumById(tx, actor, forumId));
    }
    const done = {
      status: action === 'hide' ? 'resolved' : 'dismissed',
      handledBy: actor.id,
      handledAt: now,
    } as const;
    const postIds = [...new Set(reports.map((r) => r.postId))];
    let closed: number[];
    if (action === 'dismiss') {
      closed = reports.map((r) => r.id);
      await tx.update(postReports).set(done).where(inArray(postReports.id, closed));
    } else {
      for (const postId of postIds) await setPostHidden(tx, actor, postId, true, now);
      const rows = await tx
        .update(postReports)
        .set(done)
        .where(and(inArray(postReports.postId, postIds), eq(postReports.status, 'open')))
        .returning({ id: postReports.id });
      closed = rows.map((r) => r.id);
    }
    if (closed.length > 0)
      await recordStaffAudit(tx, {
        actor,
        action: 'report.handle',
        subjectType: 'postReports',
        subjectId: null,
        before: { status: 'open', reportIds: closed, postIds },
        after: { status: done.status },
      });
    return closed.length;
  });
}

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tuneEmbeddedDatabase } from '@db/client';
import { notifications, talents, threads, users } from '@db/schema';
import { loadReferenceIds, type ReferenceIds } from '../../scripts/seed/reference';
import { seedReferenceData } from '../../scripts/seed/index';
import type { Actor } from '@/lib/server/auth/actor';
import type { Club } from '@db/schema';
import { createClub } from '@/lib/server/clubs/clubs';
import { joinClub, setModerator } from '@/lib/server/clubs/membership';
import { ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from '@/lib/server/errors';
import { getForumBySlug, requireRead } from '@/lib/server/forums/access';
import { hidePost, listPostRevisions, moveThread, setThreadFlag } from '@/lib/server/forums/moderation';
import { setThreadMuted, setUserMuted } from '@/lib/server/forums/mutes';
import { createThread, deletePost, editPost, replyToThread } from '@/lib/server/forums/posting';
import { getThreadView, markRead } from '@/lib/server/forums/reading';
import { handleReports, listClubReports, listStaffReports, reportPost } from '@/lib/server/forums/reports';
import { listMoveTargets } from '@/lib/server/forums/move-targets';
import { listMyThreads, listThreads, searchThreads } from '@/lib/server/forums/threads';
import { defaultVisibility } from '@/lib/visibility';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
let ref: ReferenceIds;
let officer: Actor;
const NOW = new Date('2026-12-02T08:00:00Z');
const LATER = new Date('2026-12-02T09:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  await tuneEmbeddedDatabase(t.db, t.url);
  await seedReferenceData(t.db);
  ref = await loadReferenceIds(t.db);
  officer = await makeActor(t.db, 'officer', { unitId: ref.unitIds.get('thanh-doan-long-xuyen')! });
});
afterAll(() => t.dispose());

let clubCount = 0;
async function makeClub(forumAudience: 'members' | 'signed_in' = 'members'): Promise<Club> {
  clubCount += 1;
  return createClub(t.db, officer, {
    name: `CLB Diễn đàn ${clubCount}`,
    description: '',
    rules: '',
    fieldId: ref.fieldIds.get('tin-hoc-lap-trinh')!,
    unitId: ref.unitIds.get('thanh-doan-long-xuyen')!,
    joinPolicy: 'open',
    forumAudience,
  });
}

/** A talent whose account is a month old, so the limits of new accounts do not apply. */
async function member(club?: Club): Promise<Actor> {
  const actor = await makeActor(t.db, 'talent');
  await t.db
    .update(users)
    .set({ createdAt: new Date('2026-10-01') })
    .where(eq(users.id, actor.id));
  if (club) await joinClub(t.db, actor, club.id);
  return actor;
}

const forumOf = async (club: Club, actor: Actor | null) => (await getForumBySlug(t.db, actor, club.slug))!;

describe('reading and posting rights', () => {
  it('keeps a members-only club forum from non-members and anonymous readers', async () => {
    const club = await makeClub();
    const author = await member(club);
    const { threadId } = await createThread(
      t.db,
      author,
      (await forumOf(club, author)).forum.id,
      { title: 'Chỉ thành viên', body: 'Nội dung riêng' },
      NOW,
    );
    const outsider = await member();
    expect((await forumOf(club, outsider)).canRead).toBe(false);
    const anonymous = await forumOf(club, null);
    expect(() => requireRead(anonymous)).toThrow(ForbiddenError);
    await expect(getThreadView(t.db, outsider, threadId, 0)).rejects.toThrow(ForbiddenError);
    await expect(replyToThread(t.db, outsider, threadId, 'xin chào', NOW)).rejects.toThrow(ForbiddenError);
    const view = await getThreadView(t.db, author, threadId, 0);
    expect(view.posts.map((p) => p.body)).toEqual(['Nội dung riêng']);
  });

  it('opens a club forum for everyone signed in when the club says so, posting still for members', async () => {
    const club = await makeClub('signed_in');
    const reader = await member();
    const context = await forumOf(club, reader);
    expect({ read: context.canRead, post: context.canPost }).toEqual({ read: true, post: false });
    expect((await forumOf(club, null)).canRead).toBe(false);
  });

  it('opens a field forum to everyone signed in, moderated by officers', async () => {
    const reader = await member();
    const context = (await getForumBySlug(t.db, reader, 'tin-hoc-lap-trinh'))!;
    expect(context).toMatchObject({ canRead: true, canPost: true, canModerate: false });
    expect((await getForumBySlug(t.db, officer, 'tin-hoc-lap-trinh'))!.canModerate).toBe(true);
    expect(await getForumBySlug(t.db, reader, 'khong-co')).toBeNull();
  });

  it('takes no reply in a locked thread, except from a moderator', async () => {
    const club = await makeClub();
    const author = await member(club);
    const forumId = (await forumOf(club, author)).forum.id;
    const { threadId } = await createThread(t.db, author, forumId, { title: 'Khóa', body: 'a' }, NOW);
    await expect(setThreadFlag(t.db, author, threadId, 'locked', true)).rejects.toThrow(ForbiddenError);
    await setThreadFlag(t.db, officer, threadId, 'locked', true);
    await expect(replyToThread(t.db, author, threadId, 'b', NOW)).rejects.toThrow(ForbiddenError);
    await replyToThread(t.db, officer, threadId, 'Thông báo của điều hành viên', NOW);
  });

  it('lets a club moderator moderate that club only', async () => {
    const home = await makeClub();
    const other = await makeClub();
    const moderator = await member(home);
    await joinClub(t.db, moderator, other.id);
    await setModerator(t.db, officer, home.id, moderator.id, true);
    const author = await member(other);
    const { threadId, postId } = await createThread(
      t.db,
      author,
      (await forumOf(other, author)).forum.id,
      { title: 'Bên kia', body: 'x' },
      NOW,
    );
    await expect(hidePost(t.db, moderator, postId, true)).rejects.toThrow(ForbiddenError);
    await expect(setThreadFlag(t.db, moderator, threadId, 'pinned', true)).rejects.toThrow(ForbiddenError);
    await expect(moveThread(t.db, moderator, threadId, home.slug)).rejects.toThrow(ForbiddenError);
    await reportPost(t.db, moderator, postId, 'spam');
    const [report] = await listStaffReports(t.db, officer);
    await expect(handleReports(t.db, moderator, [report!.id], 'hide')).rejects.toThrow(ForbiddenError);
    await expect(listClubReports(t.db, moderator, other.id)).rejects.toThrow(ForbiddenError);
  });
});

describe('moving a thread', () => {
  it('offers only the forums the moderator also moderates, and refuses any other on the server', async () => {
    const [home, sister, stranger] = [await makeClub(), await makeClub(), await makeClub()];
    const moderator = await member(home);
    await joinClub(t.db, moderator, sister.id);
    await joinClub(t.db, moderator, stranger.id);
    await setModerator(t.db, officer, home.id, moderator.id, true);
    await setModerator(t.db, officer, sister.id, moderator.id, true);
    const from = await forumOf(home, moderator);
    const { threadId } = await createThread(
      t.db,
      moderator,
      from.forum.id,
      { title: 'Chuyển', body: 'x' },
      NOW,
    );

    const targets = await listMoveTargets(t.db, moderator, from, 'vi');
    expect(targets).toEqual([{ slug: sister.slug, name: sister.name }]);
    const staffTargets = (await listMoveTargets(t.db, officer, await forumOf(home, officer), 'vi')).map(
      (target) => target.slug,
    );
    expect(staffTargets).toEqual(expect.arrayContaining([sister.slug, stranger.slug, 'nong-nghiep']));
    expect(staffTargets).not.toContain(home.slug);
    expect(await listMoveTargets(t.db, await member(home), from, 'vi')).toEqual([]);

    await expect(moveThread(t.db, moderator, threadId, stranger.slug)).rejects.toThrow(
      expect.objectContaining({ key: 'community.cannotMoveThere', field: 'toForum' }),
    );
    await expect(moveThread(t.db, moderator, threadId, 'khong-co')).rejects.toThrow(NotFoundError);
    await moveThread(t.db, moderator, threadId, sister.slug);
    const [moved] = await t.db.select().from(threads).where(eq(threads.id, threadId));
    expect(moved!.forumId).toBe((await forumOf(sister, moderator)).forum.id);

    // A field's forum nobody has visited yet is made when a thread moves into it.
    await moveThread(t.db, officer, threadId, 'nong-nghiep');
    const fieldForum = (await getForumBySlug(t.db, officer, 'nong-nghiep'))!;
    const [again] = await t.db.select().from(threads).where(eq(threads.id, threadId));
    expect(again!.forumId).toBe(fieldForum.forum.id);
  });
});

describe('the journey of a post', () => {
  it('notifies replies and mentions, and a moderator hides a reported post', async () => {
    const club = await makeClub();
    const author = await member(club);
    const replier = await member(club);
    const mentioned = await member(club);
    await t.db.insert(talents).values({
      slug: 'tran-thi-nhac-den',
      fullName: 'Trần Thị Nhắc Đến',
      birthYear: 2000,
      discoveredYear: 2024,
      unitId: ref.unitIds.get('thanh-doan-long-xuyen')!,
      status: 'verified',
      visibility: defaultVisibility(2000, 2026),
      userId: mentioned.id,
    });
    const moderator = await member(club);
    await setModerator(t.db, officer, club.id, moderator.id, true);
    const forumId = (await forumOf(club, author)).forum.id;
    const { threadId } = await createThread(
      t.db,
      author,
      forumId,
      { title: 'Hỏi đáp', body: 'Câu hỏi' },
      NOW,
    );
    const { postId } = await replyToThread(t.db, replier, threadId, 'Hỏi @tran-thi-nhac-den nhé', LATER);

    const noticesOf = (userId: number) =>
      t.db.select().from(notifications).where(eq(notifications.userId, userId));
    expect(await noticesOf(author.id)).toMatchObject([{ kind: 'forumReply', params: { thread: 'Hỏi đáp' } }]);
    expect(await noticesOf(mentioned.id)).toMatchObject([
      {
        kind: 'forumMention',
        link: { route: 'forumThread', params: { forum: club.slug, thread: threadId } },
      },
    ]);

    // Someone who may not read the forum is not told of a mention in it.
    const outsider = await member();
    await t.db.update(talents).set({ userId: outsider.id }).where(eq(talents.slug, 'tran-thi-nhac-den'));
    await replyToThread(t.db, replier, threadId, 'Lại @tran-thi-nhac-den', LATER);
    expect(await noticesOf(outsider.id)).toEqual([]);
    await t.db.update(talents).set({ userId: mentioned.id }).where(eq(talents.slug, 'tran-thi-nhac-den'));

    await reportPost(t.db, author, postId, 'Không liên quan');
    const queue = await listClubReports(t.db, moderator, club.id);
    expect(queue.map((r) => r.postId)).toEqual([postId]);
    expect(await handleReports(t.db, moderator, [queue[0]!.id], 'hide')).toBe(1);
    expect(await listClubReports(t.db, moderator, club.id)).toEqual([]);

    const seen = await getThreadView(t.db, author, threadId, 0);
    expect(seen.posts[1]).toMatchObject({ hidden: true, body: null });
    expect((await getThreadView(t.db, moderator, threadId, 0)).posts[1]!.body).toContain(
      '@tran-thi-nhac-den',
    );
    const [thread] = await t.db.select().from(threads).where(eq(threads.id, threadId));
    // Two replies, one hidden: readers count one.
    expect(thread!.replyCount).toBe(1);
  });

  it('tells no one who muted the thread or the writer', async () => {
    const club = await makeClub();
    const author = await member(club);
    const replier = await member(club);
    const forumId = (await forumOf(club, author)).forum.id;
    const { threadId } = await createThread(t.db, author, forumId, { title: 'Yên lặng', body: 'a' }, NOW);
    await setThreadMuted(t.db, author, threadId, true);
    await replyToThread(t.db, replier, threadId, 'b', NOW);
    await setThreadMuted(t.db, author, threadId, false);
    await setUserMuted(t.db, author, replier.id, true);
    await replyToThread(t.db, replier, threadId, 'c', NOW);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, author.id))).toEqual([]);
    const view = await getThreadView(t.db, author, threadId, 0);
    expect(view.posts.map((p) => p.muted)).toEqual([false, true, true]);
    expect((await listThreads(t.db, replier, view.context, null)).threads.map((x) => x.id)).toContain(
      threadId,
    );
  });

  it('keeps the history of edits and deletions for moderators only', async () => {
    const club = await makeClub();
    const author = await member(club);
    const other = await member(club);
    const forumId = (await forumOf(club, author)).forum.id;
    const { threadId } = await createThread(t.db, author, forumId, { title: 'Sửa', body: 'đầu' }, NOW);
    const { postId } = await replyToThread(t.db, author, threadId, 'bản 1', NOW);
    await expect(editPost(t.db, other, postId, 'của người khác', NOW)).rejects.toThrow(NotFoundError);
    await editPost(t.db, author, postId, 'bản 2', NOW);
    await deletePost(t.db, author, postId, LATER);
    expect((await getThreadView(t.db, other, threadId, 0)).posts[1]).toMatchObject({
      deleted: true,
      body: null,
    });
    const readerContext = (await getThreadView(t.db, other, threadId, 0)).context;
    await expect(listPostRevisions(t.db, readerContext, [postId])).rejects.toThrow(ForbiddenError);
    const staffContext = (await getThreadView(t.db, officer, threadId, 0)).context;
    const revisions = await listPostRevisions(t.db, staffContext, [postId]);
    expect(revisions.get(postId)?.map((r) => r.body)).toEqual(['bản 2', 'bản 1']);
  });
});

describe('lists', () => {
  it('pages threads by last activity, pinned first, with unread markers, my threads and search', async () => {
    const club = await makeClub();
    const author = await member(club);
    const reader = await member(club);
    const context = await forumOf(club, reader);
    const ids: number[] = [];
    for (let i = 1; i <= 23; i++) {
      const title = i === 7 ? 'Học máy cơ bản' : `Chủ đề ${i}`;
      ids.push(
        (await createThread(t.db, officer, context.forum.id, { title, body: `thân ${i}` }, NOW)).threadId,
      );
    }
    await setThreadFlag(t.db, officer, ids[0]!, 'pinned', true);
    const { postId } = await replyToThread(t.db, author, ids[1]!, 'mới', NOW);
    const first = await listThreads(t.db, reader, context, null);
    expect(first.pinned.map((x) => x.id)).toEqual([ids[0]]);
    expect(first.threads[0]!.id).toBe(ids[1]);
    expect(first.threads).toHaveLength(20);
    const second = await listThreads(t.db, reader, context, first.next);
    expect(second.pinned).toEqual([]);
    expect(second.next).toBeNull();
    expect([...first.threads, ...second.threads].map((x) => x.id).sort()).toEqual(ids.slice(1).sort());

    expect(first.threads[0]!.unread).toBe(true);
    await markRead(t.db, reader, ids[1]!, postId);
    expect((await listThreads(t.db, reader, context, null)).threads[0]!.unread).toBe(false);

    expect((await searchThreads(t.db, reader, context, 'học máy')).map((x) => x.id)).toEqual([ids[6]]);
    expect((await searchThreads(t.db, reader, context, 'thân 12')).map((x) => x.id)).toEqual([ids[11]]);
    // Typed without tone marks, or with them where the post has none, the same thread is found.
    expect((await searchThreads(t.db, reader, context, 'HOC MAY')).map((x) => x.id)).toEqual([ids[6]]);
    expect((await searchThreads(t.db, reader, context, 'than 12')).map((x) => x.id)).toEqual([ids[11]]);
    expect((await listMyThreads(t.db, author)).map((x) => x.id)).toEqual([]);
    expect((await listMyThreads(t.db, officer)).length).toBeGreaterThanOrEqual(23);
  });
});

describe('new accounts', () => {
  it('post a few times a day with one link, until they are a week old', async () => {
    const club = await makeClub();
    const fresh = await makeActor(t.db, 'talent');
    await t.db.update(users).set({ createdAt: NOW }).where(eq(users.id, fresh.id));
    await joinClub(t.db, fresh, club.id);
    const forumId = (await forumOf(club, fresh)).forum.id;
    const twoLinks = 'https://a.vn và https://b.vn';
    await expect(createThread(t.db, fresh, forumId, { title: 'x', body: twoLinks }, NOW)).rejects.toThrow(
      InvalidInputError,
    );
    const { threadId } = await createThread(t.db, fresh, forumId, { title: 'x', body: 'https://a.vn' }, NOW);
    for (let i = 0; i < 4; i++) await replyToThread(t.db, fresh, threadId, `trả lời ${i}`, NOW);
    await expect(replyToThread(t.db, fresh, threadId, 'thêm', NOW)).rejects.toThrow(RateLimitedError);
    const weekLater = new Date(NOW.getTime() + 8 * 24 * 3600 * 1000);
    await replyToThread(t.db, fresh, threadId, `thêm ${twoLinks}`, weekLater);
  });
});

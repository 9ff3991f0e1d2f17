import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honours, notifications } from '@db/schema';
import { eq } from 'drizzle-orm';
import { seedReferenceData } from '../../scripts/seed/index';
import { loadReferenceIds } from '../../scripts/seed/reference';
import { createClub } from '@/lib/server/clubs/clubs';
import { joinClub } from '@/lib/server/clubs/membership';
import { blockUser } from '@/lib/server/connections/blocks';
import { getForumBySlug } from '@/lib/server/forums/access';
import { createThread, replyToThread } from '@/lib/server/forums/posting';
import { getThreadView } from '@/lib/server/forums/reading';
import { listThreads, searchThreads } from '@/lib/server/forums/threads';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { getHomeContent } from '@/loaders/home';
import { getHonoursIndex, getHonoursYear } from '@/loaders/honours';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeTalentMember, type TalentMember } from '../support/members';

let t: TestDatabase;
let reader: TalentMember;
let blocked: TalentMember;
let blocker: TalentMember;
let bystander: TalentMember;
const UNIT = 'thanh-doan-long-xuyen';
const NOW = new Date('2026-12-02T08:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  const people = await Promise.all(
    Array.from({ length: 4 }, () => makeTalentMember(t.db, { unitSlug: UNIT, age: 25 })),
  );
  [reader, blocked, blocker, bystander] = people as [TalentMember, TalentMember, TalentMember, TalentMember];
  await t.db.insert(honours).values(
    [blocked, blocker, bystander].map((person) => ({
      talentId: person.talentId,
      year: 2025,
      kind: 'featured_young_face' as const,
      title: 'Gương mặt trẻ tiêu biểu',
    })),
  );
  await rebuildEmbeddedIndex(t.db);
  // One block each way: the reader blocked one person, another blocked the reader.
  await blockUser(t.db, reader.actor, blocked.actor.id);
  await blockUser(t.db, blocker.actor, reader.actor.id);
});
afterAll(() => t.dispose());

const names = (cards: { fullName: string }[]) => cards.map((card) => card.fullName).sort();

describe('a block hides each from the other', () => {
  it('in the honours lists and on the home page, for the signed-in reader only', async () => {
    const everyone = names([blocked, blocker, bystander]);
    expect(names((await getHonoursIndex(t.db, null)).latest)).toEqual(everyone);
    expect(names((await getHonoursIndex(t.db, reader.actor)).latest)).toEqual([bystander.fullName]);
    // And the other way round: the people blocked do not see the reader's side either.
    expect(names((await getHonoursIndex(t.db, blocked.actor)).latest)).toEqual(everyone);

    const year = await getHonoursYear(t.db, '2025', new URLSearchParams(), reader.actor);
    expect(year!.groups.flatMap((group) => names(group.cards))).toEqual([bystander.fullName]);
    const kindPage = await getHonoursYear(
      t.db,
      '2025',
      new URLSearchParams({ kind: 'featured_young_face' }),
      reader.actor,
    );
    expect(names(kindPage!.groups[0]!.cards)).toEqual([bystander.fullName]);

    const home = await getHomeContent(t.db, 'vi', NOW, reader.actor);
    expect(names(home.featured)).toEqual([bystander.fullName]);
    expect(names((await getHomeContent(t.db, 'vi', NOW, null)).featured)).toEqual(everyone);
  });

  it('in forum threads, posts and the notices of replies', async () => {
    const ref = await loadReferenceIds(t.db);
    const unitId = ref.unitIds.get(UNIT)!;
    const officer = await makeActor(t.db, 'officer', { unitId });
    const club = await createClub(t.db, officer, {
      name: 'CLB Chặn nhau',
      description: '',
      rules: '',
      fieldId: null,
      unitId,
      joinPolicy: 'open',
      forumAudience: 'members',
    });
    for (const person of [reader, blocked, blocker, bystander]) await joinClub(t.db, person.actor, club.id);
    const forum = (await getForumBySlug(t.db, reader.actor, club.slug))!;
    const own = await createThread(t.db, reader.actor, forum.forum.id, { title: 'Của tôi', body: 'a' }, NOW);
    await createThread(t.db, blocked.actor, forum.forum.id, { title: 'Bị chặn viết', body: 'b' }, NOW);
    await createThread(t.db, bystander.actor, forum.forum.id, { title: 'Người khác', body: 'c' }, NOW);
    await replyToThread(t.db, blocker.actor, own.threadId, 'Trả lời của người chặn', NOW);
    await replyToThread(t.db, bystander.actor, own.threadId, 'Trả lời bình thường', NOW);

    const listed = (await listThreads(t.db, reader.actor, forum, null)).threads.map((thread) => thread.title);
    expect(listed.sort()).toEqual(['Của tôi', 'Người khác']);
    expect((await searchThreads(t.db, reader.actor, forum, 'chặn')).map((thread) => thread.title)).toEqual(
      [],
    );
    const bystanderForum = (await getForumBySlug(t.db, bystander.actor, club.slug))!;
    expect((await listThreads(t.db, bystander.actor, bystanderForum, null)).threads).toHaveLength(3);

    const view = await getThreadView(t.db, reader.actor, own.threadId, 0);
    expect(view.posts.map((post) => post.body)).toEqual(['a', 'Trả lời bình thường']);
    expect(view.withheld).toBe(1);
    const notices = await t.db.select().from(notifications).where(eq(notifications.userId, reader.actor.id));
    expect(notices.map((notice) => notice.params)).toEqual([
      expect.objectContaining({ name: bystander.actor.displayName }),
    ]);
  });
});

import { and, count, eq, inArray, like, ne, sql } from 'drizzle-orm';
import { clubMemberships, clubs, forums, posts, talents, threads, users } from '@db/schema';
import { makeUser } from '../support/actors';
import { makeTalentMember } from '../support/members';
import { expect, test } from './support/test';
import { type Answer, postForm, sessionCookie, type Site, sharedDatabase } from './support/shared-database';

/**
 * Load and faults against the production server (`scripts/serve.ts` over the build), on one
 * database file shared by the test and the instances it starts. No browser: the point is the
 * server and the database under many writers, several processes and a kill.
 */
test.describe.configure({ mode: 'serial' });

const database = sharedDatabase('faults');
let first: Site;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  await database.prepare();
  first = await database.start();
});
test.afterAll(() => database.dispose());

const PER_KIND = 50;
const accepted = (answer: Answer) => answer.status >= 200 && answer.status < 400;

/**
 * An open, active club of the seed to join, and a thread of another club's forum with `posters`
 * made members of that club, so they may reply.
 */
async function seededPlaces(posters: { id: number }[]) {
  const db = database.db;
  const [open] = await db
    .select()
    .from(clubs)
    .where(and(eq(clubs.joinPolicy, 'open'), eq(clubs.status, 'active')))
    .limit(1);
  const [thread] = await db
    .select({ id: threads.id, clubId: forums.clubId, replyCount: threads.replyCount })
    .from(threads)
    .innerJoin(forums, eq(forums.id, threads.forumId))
    .where(and(eq(threads.locked, false), eq(threads.hidden, false), ne(forums.clubId, open!.id)))
    .limit(1);
  const clubId = thread!.clubId!;
  await db
    .insert(clubMemberships)
    .values(posters.map((p) => ({ clubId, userId: p.id, status: 'active' as const })));
  await db
    .update(clubs)
    .set({ memberCount: sql`${clubs.memberCount} + ${posters.length}` })
    .where(eq(clubs.id, clubId));
  return { club: open!, thread: thread! };
}

test('200 simultaneous sign-ups, joins, replies and profile edits: every accepted write is kept', async () => {
  test.setTimeout(60_000);
  const db = database.db;
  const joiners = await Promise.all(Array.from({ length: PER_KIND }, () => makeUser(db, 'talent')));
  const posters = await Promise.all(Array.from({ length: PER_KIND }, () => makeUser(db, 'talent')));
  const { club, thread } = await seededPlaces(posters);
  const editors = [];
  for (let i = 0; i < PER_KIND; i++)
    editors.push(await makeTalentMember(db, { unitSlug: 'doan-cong-an-tinh', age: 25 }));
  const cookies = new Map<number, string>();
  for (const user of [...joiners, ...posters, ...editors.map((e) => e.actor)])
    cookies.set(user.id, await sessionCookie(db, user));
  const beforeCount = club.memberCount;

  const runId = Date.now().toString(36);
  const writes: { kind: string; key: string; answer: Promise<Answer> }[] = [];
  for (let i = 0; i < PER_KIND; i++) {
    const email = `dong-thoi-${runId}-${i}@example.vn`;
    writes.push({
      kind: 'sign-up',
      key: email,
      answer: postForm(first, '/_actions/signUp', {
        displayName: `Người Đồng Thời ${i}`,
        email,
        password: 'nước lên đồng bằng mùa lũ',
        role: 'talent',
        consent: 'yes',
      }),
    });
    writes.push({
      kind: 'join',
      key: String(joiners[i]!.id),
      answer: postForm(
        first,
        '/_actions/joinClub',
        { clubId: String(club.id) },
        { cookie: cookies.get(joiners[i]!.id) },
      ),
    });
    const body = `Trả lời đồng thời số ${i} (${runId})`;
    writes.push({
      kind: 'reply',
      key: body,
      answer: postForm(
        first,
        '/_actions/replyToThread',
        { threadId: String(thread.id), body },
        {
          cookie: cookies.get(posters[i]!.id),
        },
      ),
    });
    const bio = `Tiểu sử viết lại đồng thời ${i} (${runId})`;
    writes.push({
      kind: 'edit',
      key: `${editors[i]!.talentId}:${bio}`,
      answer: postForm(
        first,
        '/_actions/updateProfile',
        { shortBio: bio, placeKind: 'in_province' },
        {
          cookie: cookies.get(editors[i]!.actor.id),
        },
      ),
    });
  }
  const answers = await Promise.all(writes.map(async (write) => ({ ...write, answer: await write.answer })));
  const failed = answers.filter(({ answer }) => answer.status >= 500);
  expect(failed.map(({ kind, answer }) => `${kind} ${answer.status} ${answer.body.slice(0, 200)}`)).toEqual(
    [],
  );
  expect(first.log).not.toMatch(/SQLITE_BUSY|database is locked/);
  const ok = (kind: string) => answers.filter((write) => write.kind === kind && accepted(write.answer));
  // Nothing was refused either: every one of them is a write a person is entitled to.
  expect(
    answers.filter(({ answer }) => !accepted(answer)).map(({ kind, answer }) => `${kind} ${answer.status}`),
  ).toEqual([]);

  const signedUp = await db
    .select({ email: users.email })
    .from(users)
    .where(like(users.email, `dong-thoi-${runId}-%`));
  expect(signedUp.map((u) => u.email).sort()).toEqual(
    ok('sign-up')
      .map((w) => w.key)
      .sort(),
  );

  const [after] = await db.select().from(clubs).where(eq(clubs.id, club.id));
  const [members] = await db
    .select({ n: count() })
    .from(clubMemberships)
    .where(and(eq(clubMemberships.clubId, club.id), eq(clubMemberships.status, 'active')));
  expect(after!.memberCount).toBe(beforeCount + ok('join').length);
  expect(after!.memberCount).toBe(members!.n);
  const joined = await db
    .select({ userId: clubMemberships.userId })
    .from(clubMemberships)
    .where(
      and(
        eq(clubMemberships.clubId, club.id),
        inArray(
          clubMemberships.userId,
          joiners.map((u) => u.id),
        ),
      ),
    );
  expect(joined).toHaveLength(ok('join').length);

  const replies = await db
    .select({ body: posts.body })
    .from(posts)
    .where(and(eq(posts.threadId, thread.id), like(posts.body, `%(${runId})`)));
  expect(replies.map((p) => p.body).sort()).toEqual(
    ok('reply')
      .map((w) => w.key)
      .sort(),
  );
  const [threadAfter] = await db.select().from(threads).where(eq(threads.id, thread.id));
  expect(threadAfter!.replyCount).toBe(thread.replyCount + ok('reply').length);

  const edited = await db
    .select({ id: talents.id, shortBio: talents.shortBio })
    .from(talents)
    .where(
      inArray(
        talents.id,
        editors.map((e) => e.talentId),
      ),
    );
  expect(edited.map((t) => `${t.id}:${t.shortBio}`).sort()).toEqual(
    ok('edit')
      .map((w) => w.key)
      .sort(),
  );
});

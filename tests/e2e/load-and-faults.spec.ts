import { and, count, eq, inArray, like, ne, sql } from 'drizzle-orm';
import { clubMemberships, clubs, forums, posts, talents, threads, users } from '@db/schema';
import { makeUser } from '../support/actors';
import { makeTalentMember } from '../support/members';
import { expect, test } from './support/test';
import { type Answer, getAnswer, postForm } from './support/raw-http';
import { expectSecurityHeaders } from './support/security-headers';
import { sessionCookie, type Site, sharedDatabase } from './support/shared-database';

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

/** An anonymous GET: the status, what the route cache did and the body. */
async function get(site: Site, path: string) {
  const answer = await fetch(new URL(path, site.url));
  return { status: answer.status, cache: answer.headers.get('x-astro-cache'), body: await answer.text() };
}

/** The slugs the directory of `site` finds for `text`. */
async function directorySlugs(site: Site, text: string): Promise<string[]> {
  const answer = await fetch(new URL(`/api/search?q=${encodeURIComponent(text)}`, site.url));
  const { hits } = (await answer.json()) as { hits: { slug: string }[] };
  return hits.map((hit) => hit.slug);
}

test('two instances on one file: a write through one shows through the other at once', async () => {
  test.setTimeout(60_000);
  const db = database.db;
  const second = await database.start();
  const member = await makeTalentMember(db, {
    unitSlug: 'doan-cong-an-tinh',
    age: 24,
    visibility: { bio: 'public' },
  });
  const cookie = await sessionCookie(db, member.actor);
  const word = `phusa${Date.now().toString(36)}`;
  const profile = `/tai-nang/${member.slug}`;
  const englishProfile = `/en/talents/${member.slug}`;
  for (const path of [profile, englishProfile]) {
    await get(second, path);
    const cached = await get(second, path);
    expect(cached, path).toMatchObject({ status: 200, cache: 'HIT' });
    expect(cached.body).not.toContain(word);
  }
  expect(await directorySlugs(second, word)).toEqual([]);

  const saved = await postForm(
    first,
    '/_actions/updateProfile',
    { shortBio: `Đam mê lúa gạo ${word}`, placeKind: 'in_province' },
    { cookie },
  );
  expect(saved.status).toBe(200);

  for (const path of [profile, englishProfile]) {
    const fresh = await get(second, path);
    expect(fresh, path).toMatchObject({ status: 200, cache: 'MISS' });
    expect(fresh.body).toContain(word);
  }
  expect(await directorySlugs(second, word)).toEqual([member.slug]);

  // And back: a club joined through the second instance counts on the first one's club page.
  // An open club: joining one that asks for approval only files a request, which counts nobody.
  const [club] = await db
    .select()
    .from(clubs)
    .where(and(eq(clubs.status, 'active'), eq(clubs.joinPolicy, 'open')))
    .limit(1);
  const clubPage = `/cau-lac-bo/${club!.slug}`;
  const members = (count: number) => `${count} thành viên`;
  expect((await get(first, clubPage)).body).toContain(members(club!.memberCount));
  const joined = await postForm(second, '/_actions/joinClub', { clubId: String(club!.id) }, { cookie });
  expect(joined.status).toBe(200);
  expect((await get(first, clubPage)).body).toContain(members(club!.memberCount + 1));
});

test('killed mid-write (SIGKILL): the file opens cleanly and every acknowledged write is there', async () => {
  test.setTimeout(60_000);
  const db = database.db;
  const posters = await Promise.all(Array.from({ length: 80 }, () => makeUser(db, 'talent')));
  const { thread } = await seededPlaces(posters);
  const cookies = await Promise.all(posters.map((poster) => sessionCookie(db, poster)));
  const runId = `sigkill-${Date.now().toString(36)}`;

  let answered = 0;
  let killed = false;
  const acknowledged: string[] = [];
  const burst = cookies.map(async (cookie, i) => {
    const body = `Viết dở khi máy tắt ${i} (${runId})`;
    const answer = await postForm(
      first,
      '/_actions/replyToThread',
      { threadId: String(thread.id), body },
      {
        cookie,
      },
    ).catch(() => null); // the connection dies with the server
    if (answer && accepted(answer)) acknowledged.push(body);
    answered += 1;
    if (answered === 20 && !killed) {
      killed = true;
      first.process.kill('SIGKILL');
    }
  });
  await Promise.all(burst);
  await new Promise((resolve) =>
    first.process.exitCode === null ? first.process.once('exit', resolve) : resolve(null),
  );
  expect(first.process.signalCode).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(20);
  expect(acknowledged.length).toBeLessThan(posters.length);

  // A new process opens the file (recovering the WAL) and serves it.
  first = await database.start();
  expect((await get(first, '/healthz')).body).toBe('ok\n');
  const check = await db.$client.execute('PRAGMA integrity_check');
  expect(check.rows.map((row) => row[0])).toEqual(['ok']);
  const kept = await db
    .select({ body: posts.body })
    .from(posts)
    .where(and(eq(posts.threadId, thread.id), like(posts.body, `%(${runId})`)));
  const keptBodies = kept.map((post) => post.body);
  for (const body of acknowledged) expect(keptBodies).toContain(body);
  // Each reply and its thread's count were one transaction: none is half there.
  const [after] = await db.select().from(threads).where(eq(threads.id, thread.id));
  expect(after!.replyCount).toBe(thread.replyCount + kept.length);
});

test('a page the database fails answers 500 with the security headers and no detail', async () => {
  const db = database.db;
  await db.$client.execute('ALTER TABLE clubs RENAME TO clubs_moved_away');
  try {
    // A query string of its own, so that the route cache cannot answer for the page.
    const answer = await getAnswer(first, `/cau-lac-bo?lan=${Date.now()}`);
    expect(answer.status).toBe(500);
    expectSecurityHeaders('a 500 page', answer.headers, answer.body);
    expect(answer.body).not.toMatch(/no such table|clubs_moved_away|SQLITE|^\s+at /m);
    expect(answer.body).toContain(answer.headers['x-request-id']);
  } finally {
    await db.$client.execute('ALTER TABLE clubs_moved_away RENAME TO clubs');
  }
});

import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievements, talents } from '@db/schema';
import { sessionCookieName } from '@/lib/server/auth/sessions';
import { verifyAchievement } from '@/lib/server/officers/verification';
import { makeActor } from '../support/actors';
import type { TestDatabase } from '../support/database';
import { serveSeededCopy } from '../support/seeded-site';
import type { RunningSite } from '../support/site';

/**
 * The server entry's ready answers (scripts/serve/ready-answers.ts) as `npm start` runs them: pages
 * of Astro's route cache sent again without Astro, and never once the data they show has changed.
 */
let database: TestDatabase;
let site: RunningSite;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ database, site, stop } = await serveSeededCopy());
}, 180_000);
afterAll(() => stop());

/** An anonymous GET (or with `headers`); what answered it and the body's bytes. */
async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${site.url}${path}`, {
    headers: { 'Accept-Encoding': 'identity', ...headers },
  });
  return {
    status: response.status,
    headers: response.headers,
    astro: response.headers.get('x-astro-cache'),
    ready: response.headers.get('x-ready-answer'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** A profile whose talent has an achievement still waiting for an officer. */
async function profileWithPendingAchievement() {
  const [row] = await database.db
    .select({ slug: talents.slug, achievementId: achievements.id })
    .from(achievements)
    .innerJoin(talents, eq(talents.id, achievements.talentId))
    .where(and(isNull(achievements.verifiedAt), isNull(talents.userId), eq(talents.status, 'verified')))
    .limit(1);
  return { path: `/tai-nang/${row!.slug}`, achievementId: row!.achievementId };
}

/** The headers that may differ between two answers of the same page. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'x-ready-answer', 'content-length', 'transfer-encoding']);
const sameFor = (headers: Headers) => [...headers].filter(([name]) => !PER_ANSWER.has(name));

describe('ready answers of the server entry', () => {
  it("sends Astro's cached page again, byte for byte and header for header", async () => {
    const { path } = await profileWithPendingAchievement();
    expect((await get(path)).astro).toBe('MISS');
    const fromAstro = await get(path);
    expect(fromAstro).toMatchObject({ astro: 'HIT', ready: null });
    const ready = await get(path);
    expect(ready).toMatchObject({ status: 200, astro: 'HIT', ready: 'HIT' });
    expect(ready.body.equals(fromAstro.body)).toBe(true);
    expect(sameFor(ready.headers)).toEqual(sameFor(fromAstro.headers));
    expect(ready.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    expect(ready.headers.get('x-request-id')).not.toBe(fromAstro.headers.get('x-request-id'));

    const compressed = await get(path, { 'Accept-Encoding': 'br' });
    expect(compressed).toMatchObject({ ready: 'HIT' });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.body.equals(fromAstro.body)).toBe(true); // fetch decompresses
    const handOver = (headers: Headers) =>
      [...headers.keys()].filter((name) => name.startsWith('x-route-cache'));
    expect([fromAstro, ready, compressed].flatMap((answer) => handOver(answer.headers))).toEqual([]);
  });

  it("renders the page anew on the very next request after an officer's verification", async () => {
    const { path, achievementId } = await profileWithPendingAchievement();
    for (let i = 0; i < 3; i++) await get(path);
    const before = await get(path);
    expect(before.ready).toBe('HIT');
    await verifyAchievement(database.db, await makeActor(database.db, 'admin'), achievementId);

    const after = await get(path);
    expect(after).toMatchObject({ astro: 'MISS', ready: null });
    expect(after.body.equals(before.body)).toBe(false);
    expect((await get(path)).astro).toBe('HIT');
    expect((await get(path)).ready).toBe('HIT');
  });

  it('never answers a request that carries the session cookie', async () => {
    const path = `/tin-tuc?lan=${Date.now()}`;
    for (let i = 0; i < 3; i++) await get(path);
    expect((await get(path)).ready).toBe('HIT');
    const signedIn = await get(path, { Cookie: `theme=dark; ${sessionCookieName()}=any-token` });
    expect(signedIn).toMatchObject({ astro: null, ready: null });
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
  });
});

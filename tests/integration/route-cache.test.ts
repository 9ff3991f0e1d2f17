import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CacheProvider } from 'astro';
import { type Database, openDatabase } from '@db/client';
import { achievements, type Talent, talents } from '@db/schema';
import { NETWORK_TAG, talentTag } from '@/lib/route-cache-tags';
import { sessionCookieName } from '@/lib/server/auth/sessions';
import { verifyAchievement } from '@/lib/server/officers/verification';
import { getNetworkStats } from '@/lib/server/talents/stats';
import { getTalentProfile, type TalentProfile } from '@/lib/server/talents/profile';
import { updateVisibility } from '@/lib/server/talents/self-service';
import { createRouteCache } from '@/route-cache';
import { makeActor } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';

/**
 * Two app instances over one database file, each with its own client and its own memory cache,
 * as two processes behind a proxy have: the database is the only thing they share. The "pages" are
 * rendered from the database by the library, with the headers Astro's `cache.set` puts on them.
 */
let database: TestDatabase;
let secondClient: Database;
let instances: { db: Database; cache: CacheProvider }[];
let renders = 0;

beforeAll(() => {
  database = copySeededDatabase();
  secondClient = openDatabase(database.url);
  instances = [database.db, secondClient].map((db) => ({ db, cache: createRouteCache(db) }));
});
afterAll(() => {
  secondClient.$client.close();
  database.dispose();
});

const silent = { info() {}, warn() {}, error() {} };

/** A GET through an instance's route cache; `page` renders on a miss. */
async function get<Body>(
  instance: (typeof instances)[number],
  path: string,
  page: (db: Database) => Promise<{ body: Body; tags: string[] }>,
  cookie?: string,
) {
  const request = new Request(`http://localhost${path}`, { headers: cookie ? { cookie } : {} });
  const response = await instance.cache.onRequest!(
    { request, url: new URL(request.url), logger: silent },
    async () => {
      renders += 1;
      const { body, tags } = await page(instance.db);
      return new Response(JSON.stringify(body), {
        headers: {
          'CDN-Cache-Control': 'max-age=600, stale-while-revalidate=60',
          'Cache-Tag': tags.join(', '),
          Vary: 'Cookie',
        },
      });
    },
  );
  return {
    cache: response.headers.get('X-Astro-Cache'),
    vary: response.headers.get('Vary'),
    body: (await response.json()) as Body,
  };
}

const profilePage = (talent: Talent) => async (db: Database) => ({
  body: await getTalentProfile(db, talent.slug, null),
  tags: [talentTag(talent.id)],
});
const networkPage = async (db: Database) => ({ body: await getNetworkStats(db), tags: [NETWORK_TAG] });

async function listedTalentWithPendingAchievement(): Promise<{ talent: Talent; achievementId: number }> {
  const [row] = await database.db
    .select({ talent: talents, achievementId: achievements.id })
    .from(achievements)
    .innerJoin(talents, eq(talents.id, achievements.talentId))
    .where(and(isNull(achievements.verifiedAt), isNull(talents.userId), eq(talents.status, 'verified')))
    .limit(1);
  return row!;
}

describe('the route cache', () => {
  it('serves an anonymous page from memory and keeps Vary: Cookie for caches outside', async () => {
    const { talent } = await listedTalentWithPendingAchievement();
    const [first] = instances;
    const before = renders;
    expect((await get(first!, `/a/${talent.slug}`, profilePage(talent))).cache).toBe('MISS');
    const again = await get(first!, `/a/${talent.slug}`, profilePage(talent));
    expect(again).toMatchObject({ cache: 'HIT', vary: 'Cookie' });
    expect(renders - before).toBe(1);
  });

  it('shows a hidden part on the very next anonymous request, on every instance', async () => {
    const { talent } = await listedTalentWithPendingAchievement();
    const path = `/b/${talent.slug}`;
    for (const instance of instances) await get(instance, path, profilePage(talent));
    for (const instance of instances) {
      const cached = await get(instance, path, profilePage(talent));
      expect(cached.cache).toBe('HIT');
      expect(cached.body?.shortBio).toBe(talent.shortBio);
    }
    const owner = await makeActor(database.db, 'talent');
    await database.db.update(talents).set({ userId: owner.id }).where(eq(talents.id, talent.id));
    await updateVisibility(database.db, owner, { ...talent.visibility, bio: 'members' }, '');

    for (const instance of instances) {
      const fresh = await get(instance, path, profilePage(talent));
      expect(fresh.cache).toBe('MISS');
      expect(fresh.body?.shortBio).toBeUndefined();
    }
  });

  it("shows an officer's verification and the network's lists anew on every instance", async () => {
    const { talent, achievementId } = await listedTalentWithPendingAchievement();
    const path = `/c/${talent.slug}`;
    const verified = (body: TalentProfile | null) =>
      body?.achievementsByLevel?.flatMap((group) => group.items).find((item) => item.id === achievementId)
        ?.verified;
    for (const instance of instances) {
      await get(instance, path, profilePage(talent));
      await get(instance, '/c/network', networkPage);
      expect(verified((await get(instance, path, profilePage(talent))).body)).toBe(false);
      expect((await get(instance, '/c/network', networkPage)).cache).toBe('HIT');
    }
    const officer = await makeActor(database.db, 'admin');
    await verifyAchievement(secondClient, officer, achievementId);

    for (const instance of instances) {
      const fresh = await get(instance, path, profilePage(talent));
      expect(fresh.cache).toBe('MISS');
      expect(verified(fresh.body)).toBe(true);
      expect((await get(instance, '/c/network', networkPage)).cache).toBe('MISS');
    }
  });

  it('neither reads nor fills the cache for a request with the session cookie', async () => {
    const [first] = instances;
    const signedIn = `theme=dark; ${sessionCookieName()}=any-token`;
    const before = renders;
    const filled = await get(first!, '/d/network', networkPage, signedIn);
    expect(filled.cache).toBeNull();
    expect((await get(first!, '/d/network', networkPage)).cache).toBe('MISS');
    expect((await get(first!, '/d/network', networkPage)).cache).toBe('HIT');
    const read = await get(first!, '/d/network', networkPage, signedIn);
    expect(read.cache).toBeNull();
    expect(renders - before).toBe(3);
  });

  it('answers but does not keep a page whose rendering overlapped a change being applied', async () => {
    const { talent, achievementId } = await listedTalentWithPendingAchievement();
    const [first] = instances;
    await get(first!, '/e/network', networkPage);
    // The page reads the talent, then a change lands and a hit on this instance applies it (as a
    // concurrent visitor's request would) before the page's answer is ready.
    const slowPage = async (db: Database) => {
      const page = await profilePage(talent)(db);
      await verifyAchievement(secondClient, await makeActor(database.db, 'admin'), achievementId);
      expect((await get(first!, '/e/network', networkPage)).cache).toBe('MISS');
      return page;
    };
    expect((await get(first!, `/e/${talent.slug}`, slowPage)).cache).toBeNull();
    expect((await get(first!, `/e/${talent.slug}`, profilePage(talent))).cache).toBe('MISS');
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honours, networkCounts, talents, units } from '@db/schema';
import { seedDemoData, seedReferenceData } from '../../scripts/seed/index';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { getHonoursYearPage } from '@/lib/server/talents/honours';
import { isNetworkMissing, syncNetwork } from '@/lib/server/talents/network-sync';
import { updateVisibility } from '@/lib/server/talents/self-service-visibility';
import { getNetworkStats, listHonourYears } from '@/lib/server/talents/stats';
import { compareVietnameseNames } from '@/lib/vietnamese';
import { isInNetwork, LISTED_STATUSES } from '@/lib/visibility';
import { actorOf, makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemoData(t.db);
  await rebuildEmbeddedIndex(t.db);
});
afterAll(() => t.dispose());

/** The network's numbers counted the slow way, from every talent and honour. */
async function recount() {
  const everyone = await t.db.select().from(talents);
  const members = everyone.filter(isInNetwork);
  const ids = new Set(members.map((m) => m.id));
  const honoured = (await t.db.select().from(honours)).filter((h) => ids.has(h.talentId));
  const byYear = new Map<number, number>();
  for (const h of honoured) byYear.set(h.year, (byYear.get(h.year) ?? 0) + 1);
  return {
    everyone,
    stats: {
      talents: members.length,
      honours: honoured.length,
      units: new Set(members.map((m) => m.unitId)).size,
    },
    years: [...byYear].map(([year, total]) => ({ year, total })).sort((a, b) => b.year - a.year),
    honoured,
  };
}

const directoryTotal = async () =>
  (await createEmbeddedSearch(t.db).search({ text: '', filters: {}, sort: 'name', page: 1, perPage: 1 }))
    .total;

describe('the public network', () => {
  it('counts on the home page exactly the talents the directory lists', async () => {
    const { everyone, stats, years } = await recount();
    // The demo holds listed profiles their owners hide: the two definitions used to disagree there.
    const listed = everyone.filter((x) => (LISTED_STATUSES as readonly string[]).includes(x.status));
    expect(listed.length).toBeGreaterThan(stats.talents);
    expect(await getNetworkStats(t.db)).toEqual(stats);
    expect(await directoryTotal()).toBe(stats.talents);
    expect(await listHonourYears(t.db)).toEqual(years);
  });

  it('changes counts and honour lists in the transaction that hides or shows a profile', async () => {
    const { honoured } = await recount();
    const target = honoured[0]!;
    const [talent] = await t.db.select().from(talents).where(eq(talents.id, target.talentId));
    const owner = await makeUser(t.db, 'talent');
    await t.db.update(talents).set({ userId: owner.id }).where(eq(talents.id, talent!.id));
    const before = await getNetworkStats(t.db);
    const inYear = async () => {
      const page = await getHonoursYearPage(t.db, String(target.year), new URLSearchParams(), {
        preview: 1000,
      });
      return page?.groups.flatMap((g) => g.cards.map((c) => c.slug)) ?? [];
    };
    expect(await inYear()).toContain(talent!.slug);

    await updateVisibility(t.db, actorOf(owner), { ...talent!.visibility, profile: 'private' }, 'v1');
    const ownHonours = honoured.filter((h) => h.talentId === talent!.id).length;
    expect(await getNetworkStats(t.db)).toMatchObject({
      talents: before.talents - 1,
      honours: before.honours - ownHonours,
    });
    expect(await inYear()).not.toContain(talent!.slug);
    expect(await directoryTotal()).toBe(before.talents - 1);

    await updateVisibility(t.db, actorOf(owner), { ...talent!.visibility, profile: 'public' }, 'v1');
    expect(await getNetworkStats(t.db)).toEqual(before);
    expect(await inYear()).toContain(talent!.slug);
  });

  it('is rebuilt from scratch by a resync and agrees with a recount', async () => {
    await t.db.delete(networkCounts);
    await t.db.run(sql`DELETE FROM network_talents`);
    await t.db.run(sql`DELETE FROM network_honours`);
    expect(await isNetworkMissing(t.db)).toBe(true);
    const ids = (await t.db.select({ id: talents.id }).from(talents)).map((r) => r.id);
    await t.db.transaction((tx) => syncNetwork(tx, ids));
    expect(await isNetworkMissing(t.db)).toBe(false);
    // A second sync of the same talents changes nothing.
    await t.db.transaction((tx) => syncNetwork(tx, ids.slice(0, 50)));
    const { stats, years } = await recount();
    expect(await getNetworkStats(t.db)).toEqual(stats);
    expect(await listHonourYears(t.db)).toEqual(years);
  });
});

describe('honours of a year', () => {
  it('shows each kind with its count and a preview, and pages through a kind in name order', async () => {
    const { honoured, everyone } = await recount();
    const year = honoured[0]!.year;
    const nameOf = new Map(everyone.map((x) => [x.id, x.fullName]));
    const expected = honoured
      .filter((h) => h.year === year && h.kind === 'featured_young_face')
      .map((h) => nameOf.get(h.talentId)!)
      .sort(compareVietnameseNames);
    expect(expected.length).toBeGreaterThan(4);

    const overview = await getHonoursYearPage(t.db, String(year), new URLSearchParams(), { preview: 3 });
    const featured = overview!.groups.find((g) => g.kind === 'featured_young_face')!;
    expect(featured.total).toBe(expected.length);
    expect(featured.cards.map((c) => c.fullName)).toEqual(expected.slice(0, 3));
    expect(overview!.paging).toBeNull();

    const perPage = 4;
    const pages = Math.ceil(expected.length / perPage);
    const shown: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const params = new URLSearchParams({ kind: 'featured_young_face', page: String(page) });
      const result = await getHonoursYearPage(t.db, String(year), params, { perPage });
      expect(result!.paging).toEqual({ kind: 'featured_young_face', page, totalPages: pages });
      expect(result!.groups[0]!.cards.length).toBeLessThanOrEqual(perPage);
      shown.push(...result!.groups[0]!.cards.map((c) => c.fullName));
    }
    expect(shown).toEqual(expected);
  });

  it('answers null (404) for a year, kind or page that does not exist', async () => {
    const { year } = (await listHonourYears(t.db))[0]!;
    const page = (query: Record<string, string>, y = String(year)) =>
      getHonoursYearPage(t.db, y, new URLSearchParams(query));
    expect(await page({}, '1999')).toBeNull();
    expect(await page({}, 'abcd')).toBeNull();
    expect(await page({ kind: 'nonsense' })).toBeNull();
    expect(await page({ kind: 'featured_young_face', page: '0' })).toBeNull();
    expect(await page({ kind: 'featured_young_face', page: '999' })).toBeNull();
    expect(await page({ kind: 'featured_young_face' })).not.toBeNull();
  });

  it('never shows a photo its owner keeps from the public', async () => {
    const { honoured } = await recount();
    const rows = await t.db
      .select({ slug: talents.slug, visibility: talents.visibility, unit: units.name })
      .from(talents)
      .innerJoin(units, eq(units.id, talents.unitId));
    const privatePhoto = new Set(rows.filter((r) => r.visibility.photo !== 'public').map((r) => r.slug));
    for (const year of new Set(honoured.map((h) => h.year))) {
      const page = await getHonoursYearPage(t.db, String(year), new URLSearchParams(), { preview: 1000 });
      for (const card of page!.groups.flatMap((g) => g.cards)) {
        if (privatePhoto.has(card.slug)) expect(card.photoPath).toBeNull();
      }
    }
  });
});

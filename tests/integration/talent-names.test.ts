import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { queueEntries, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { type EntriesSearch, SEARCH_COUNT_LIMIT, searchEntries } from '@/lib/server/officers/queue-entries';
import { parseQueueFilters } from '@/lib/server/officers/queue-filters';
import { listQueue } from '@/lib/server/officers/queues';
import { findTalentRecords, RECORD_SEARCH_LIMIT } from '@/lib/server/records/reading';
import { COMMON_NAME_TALENTS, isCommonName, talentNameMatches } from '@/lib/server/talent-names';
import { compareVietnameseNames, foldVietnamese } from '@/lib/vietnamese';
import { seedReferenceData, seedSyntheticData } from '../../scripts/seed';
import { busiestCommune, seedQueueWork } from '../../scripts/seed/queue-work';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { queueIds } from '../support/queues';

/*
 * A name search reads the name index when few talents share the name, and walks its range checking
 * each row's name folded by SQLite when many do (src/lib/server/talent-names.ts). Both must find the
 * same talents, as foldVietnamese would; a queue's search counts up to 100 and says "more" past it.
 * 3,000 synthetic talents: "nguyen" starts a word of some 700 names, more than the common-name line.
 */

let t: TestDatabase;
let db: Database;

const staff = (role: 'admin' | 'officer', unitId: number | null): Actor => ({
  id: 1,
  email: 'a@example.invalid',
  displayName: 'A',
  role,
  unitId,
  emailVerified: true,
  employerVerified: false,
});

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedReferenceData(db);
  await seedSyntheticData(db, 3000);
  await seedQueueWork(db);
});
afterAll(() => t.dispose());

/** What foldVietnamese makes of `name` as the folded names table holds it. */
const folded = (name: string) => ` ${foldVietnamese(name).replace(/[^\p{L}\p{N}]/gu, ' ')}`;

/** Whether `name` has a word starting with each word of `q`, read in JavaScript. */
const named = (name: string, q: string) => {
  const words = folded(name).split(' ');
  const wanted = foldVietnamese(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return wanted.length > 0 && wanted.every((w) => words.some((word) => word.startsWith(w)));
};

describe('names folded by SQLite', () => {
  it('fold each letter as foldVietnamese does, and every letter it changes is there', async () => {
    const rows = await db.all<{ letter: string; folded: string }>(
      sql`SELECT letter, folded FROM letter_folds`,
    );
    const table = new Map(rows.map((r) => [r.letter, r.folded]));
    expect(table.size).toBeGreaterThan(500);
    for (const [letter, fold] of table)
      expect(folded(letter).slice(1), `U+${letter.codePointAt(0)!.toString(16)}`).toBe(fold);
    for (const [from, to] of [
      [0xc0, 0x24f],
      [0x1e00, 0x1eff],
    ] as const)
      for (let code = from; code <= to; code++) {
        const letter = String.fromCodePoint(code);
        if (folded(letter).slice(1) !== letter)
          expect(table.has(letter), `U+${code.toString(16)}`).toBe(true);
      }
  });

  it("follow every talent's name as it is written, changed and removed", async () => {
    const read = async (id: number) =>
      (await db.all<{ name: string }>(sql`SELECT name FROM talent_folded_names WHERE talent_id = ${id}`))[0]
        ?.name;
    const all = await db.select({ id: talents.id, fullName: talents.fullName }).from(talents);
    const stored = new Map(
      (
        await db.all<{ talent_id: number; name: string }>(
          sql`SELECT talent_id, name FROM talent_folded_names`,
        )
      ).map((r) => [r.talent_id, r.name]),
    );
    expect(all.every((row) => stored.get(row.id) === folded(row.fullName))).toBe(true);
    const id = all[0]!.id;
    for (const name of [
      'ĐẶNG THỊ Ánh-Nguyệt',
      'Nguyễn Văn Đức'.normalize('NFD'),
      "O'Brien  Lê Hữu Phước",
      '',
      'Lưu Ỷ Lan (Tiểu Lan)',
    ]) {
      await db.update(talents).set({ fullName: name }).where(eq(talents.id, id));
      expect(await read(id), name).toBe(folded(name));
    }
    expect(await read(id)).toBe(' luu y lan  tieu lan ');
  });
});

describe('the two ways of finding a name', () => {
  const queries = ['nguyen', 'Nguyễn Văn', 'ngoc', 'Đức', 'thi h', 'le thi', 'an', 'zzq', '—'];

  it('find the same talents, as JavaScript reads the names', async () => {
    const all = await db.select({ id: talents.id, fullName: talents.fullName }).from(talents);
    const ids = async (condition: SQL | null) =>
      condition
        ? (await db.select({ id: talents.id }).from(talents).where(condition).orderBy(talents.id)).map(
            (r) => r.id,
          )
        : [];
    const sizes = new Set<number>();
    for (const q of queries) {
      const expected = all.filter((row) => named(row.fullName, q)).map((row) => row.id);
      expect(await ids(talentNameMatches(q, talents.id, 'index')), `index: ${q}`).toEqual(expected);
      expect(await ids(talentNameMatches(q, talents.id, 'walk')), `walk: ${q}`).toEqual(expected);
      expect(await isCommonName(db, q), `common: ${q}`).toBe(expected.length > COMMON_NAME_TALENTS);
      sizes.add(expected.length);
    }
    expect(sizes.size).toBeGreaterThan(5);
    expect(await isCommonName(db, 'nguyen')).toBe(true);
  });
});

describe("a queue's name search", () => {
  /** The waiting achievements of `unitId` (or all), oldest first, whose talent has the name `q`. */
  async function expected(q: string, unitId?: number): Promise<number[]> {
    const rows = await db.all<{ id: number; full_name: string; unit_id: number }>(sql`
      SELECT a.id, t.full_name, t.unit_id FROM achievements a JOIN talents t ON t.id = a.talent_id
      WHERE a.verified_at IS NULL AND a.review_state = 'waiting' ORDER BY a.created_at, a.id`);
    return rows.filter((r) => (!unitId || r.unit_id === unitId) && named(r.full_name, q)).map((r) => r.id);
  }

  it('counts up to 100 and lists the first 100 in order when more match, as an admin', async () => {
    const admin = staff('admin', null);
    const all = await expected('nguyen');
    expect(all.length).toBeGreaterThan(SEARCH_COUNT_LIMIT);
    const filters = parseQueueFilters('achievements', new URLSearchParams('q=nguyen'));
    const first = await listQueue(db, admin, 'achievements', filters);
    expect(first).toMatchObject({ total: SEARCH_COUNT_LIMIT, capped: true, totalPages: 4 });
    expect(await queueIds(db, admin, 'achievements', 'q=nguyen')).toEqual(all.slice(0, SEARCH_COUNT_LIMIT));
    expect(await queueIds(db, admin, 'achievements', 'q=nguyen&order=newest')).toEqual(
      all.reverse().slice(0, SEARCH_COUNT_LIMIT),
    );
    const past = parseQueueFilters('achievements', new URLSearchParams('q=nguyen&page=5'));
    expect(await listQueue(db, admin, 'achievements', past)).toBeNull();
  });

  it("counts exactly within an officer's commune, and for a name few share", async () => {
    const unitId = await busiestCommune(db);
    const officer = staff('officer', unitId);
    for (const [actor, q, unit] of [
      [officer, 'nguyen', unitId],
      [staff('admin', null), 'nguyen van', undefined],
      [staff('admin', null), 'zzq', undefined],
    ] as const) {
      const want = await expected(q, unit);
      expect(want.length).toBeLessThanOrEqual(SEARCH_COUNT_LIMIT);
      const page = await listQueue(
        db,
        actor,
        'achievements',
        parseQueueFilters('achievements', new URLSearchParams({ q })),
      );
      expect(page, q).toMatchObject({ total: want.length, capped: false });
      expect(await queueIds(db, actor, 'achievements', `q=${q}`), q).toEqual(want);
    }
  });

  it('reads the same entries whichever way it takes', async () => {
    const range = sql`${queueEntries.queue} = 'achievements' AND ${queueEntries.fieldId} = 0`;
    const entries = async (search: EntriesSearch) =>
      (
        await db
          .select({ id: queueEntries.itemId })
          .from(queueEntries)
          .where(search.where)
          .orderBy(queueEntries.waitingSince, queueEntries.itemId)
      ).map((r) => r.id);
    const plans = new Set<string>();
    for (const q of ['nguyen', 'thi', 'ngoc', 'zzq'])
      for (const walkLimit of [20, 2000, 100_000]) {
        const search = await searchEntries(db, range, q, false, walkLimit);
        const want = await expected(q);
        expect(await entries(search), `${q}, walking ${walkLimit}`).toEqual(want);
        expect(search.total, `${q}, walking ${walkLimit}`).toBe(Math.min(want.length, SEARCH_COUNT_LIMIT));
        plans.add(`${search.plan}:${want.length > SEARCH_COUNT_LIMIT}`);
      }
    // Both ways were taken, the walk with and without more than a count's worth.
    expect(plans).toEqual(new Set(['index:true', 'walk:true', 'index:false']));
  });
});

describe("the records' search", () => {
  it('lists the most recently recorded matches by given name, and says when there are more', async () => {
    const all = await db
      .select({ id: talents.id, fullName: talents.fullName, unitId: talents.unitId })
      .from(talents)
      .orderBy(desc(talents.id));
    const unitId = await busiestCommune(db);
    for (const [actor, q, unit] of [
      [staff('admin', null), 'nguyen', undefined],
      [staff('officer', unitId), 'nguyen', unitId],
      [staff('admin', null), 'nguyen van an', undefined],
      [staff('officer', unitId), 'zzq', unitId],
    ] as const) {
      const matches = all.filter((row) => (!unit || row.unitId === unit) && named(row.fullName, q));
      const newest = matches.slice(0, RECORD_SEARCH_LIMIT).map((row) => row.id);
      const found = await findTalentRecords(db, actor, q);
      expect(new Set(found.records.map((r) => r.id)), q).toEqual(new Set(newest));
      const names = found.records.map((r) => r.fullName);
      expect(names, q).toEqual([...names].sort(compareVietnameseNames));
      expect(found.more, q).toBe(matches.length > RECORD_SEARCH_LIMIT);
    }
  });
});

describe("the employers' search", () => {
  it('finds organisations by the start of each word, whatever the tone marks', async () => {
    const admin = staff('admin', null);
    const names = await db.all<{
      id: number;
      name: string;
    }>(sql`SELECT e.user_id AS id, e.organisation_name AS name
      FROM employers e JOIN users u ON u.id = e.user_id
      WHERE e.verified_at IS NULL AND e.review_state = 'waiting' AND u.disabled_at IS NULL
        AND u.email_verified_at IS NOT NULL ORDER BY u.created_at, e.user_id`);
    const [, second] = names as [unknown, { id: number; name: string }];
    const number = second.name.split(' ').at(-1)!;
    const found = new Map<string, number>();
    for (const q of ['doanh nghiep', `Nghiệp ${number}`, 'oanh']) {
      const want = names.filter((n) => named(n.name, q)).map((n) => n.id);
      expect(await queueIds(db, admin, 'employers', new URLSearchParams({ q }).toString()), q).toEqual(want);
      found.set(q, want.length);
    }
    // Every synthetic employer is a "Doanh nghiệp", one has that number, and no word starts "oanh".
    expect([...found.values()]).toEqual([names.length, 1, 0]);
    expect(names.length).toBeGreaterThan(2);
  });
});

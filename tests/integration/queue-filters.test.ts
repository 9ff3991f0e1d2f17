import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { parseQueueFilters } from '@/lib/server/officers/queue-filters';
import { listQueue } from '@/lib/server/officers/queues';
import { foldVietnamese } from '@/lib/vietnamese';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { queueIds } from '../support/queues';

/*
 * The achievements' queue reads a filter by unit or field talents first (their index, then each
 * one's waiting achievements) and sorts what it finds; without one it walks the queue in order.
 * Either way it must list exactly the waiting achievements that match, oldest first, and count them.
 */

let t: TestDatabase;
let db: Database;
let unitId: number;
let fieldId: number;

const staff = (role: 'admin' | 'officer', unit: number | null): Actor => ({
  id: 1,
  email: 'a@example.invalid',
  displayName: 'A',
  role,
  unitId: unit,
  emailVerified: true,
  employerVerified: false,
});

beforeAll(async () => {
  t = copySeededDatabase();
  db = t.db;
  // The unit and the field with the most waiting achievements, so that every filter finds some.
  [{ unit_id: unitId }] = (await db.all<{ unit_id: number }>(sql`
    SELECT t.unit_id FROM achievements a JOIN talents t ON t.id = a.talent_id
    WHERE a.verified_at IS NULL AND a.review_state = 'waiting'
    GROUP BY t.unit_id ORDER BY count(*) DESC LIMIT 1`)) as [{ unit_id: number }];
  [{ field_id: fieldId }] = (await db.all<{ field_id: number }>(sql`
    SELECT f.field_id FROM achievements a JOIN talent_fields f ON f.talent_id = a.talent_id
    WHERE a.verified_at IS NULL AND a.review_state = 'waiting'
    GROUP BY f.field_id ORDER BY count(*) DESC LIMIT 1`)) as [{ field_id: number }];
});
afterAll(() => t.dispose());

/** A unit, the units below it and those it succeeded, walked here in JavaScript. */
async function subtreeOf(root: number): Promise<number[]> {
  const rows = await db.all<{ id: number; parent_id: number | null; successor_id: number | null }>(
    sql`SELECT id, parent_id, successor_id FROM units`,
  );
  const found = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows)
      if (
        !found.has(row.id) &&
        ((row.parent_id && found.has(row.parent_id)) || (row.successor_id && found.has(row.successor_id)))
      ) {
        found.add(row.id);
        grew = true;
      }
  }
  return [...found];
}

interface Expected {
  unit?: number;
  field?: number;
  level?: string;
  birthYears?: [number, number];
  olderThanDays?: number;
  nameWord?: string;
}

/** The waiting achievements that match, oldest first, read plainly from the tables. */
async function expectedIds(want: Expected): Promise<number[]> {
  const conditions: SQL[] = [sql`a.verified_at IS NULL AND a.review_state = 'waiting'`];
  if (want.unit)
    conditions.push(
      sql`t.unit_id IN (${sql.join(
        (await subtreeOf(want.unit)).map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  if (want.field)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM talent_fields f WHERE f.talent_id = t.id AND f.field_id = ${want.field})`,
    );
  if (want.level) conditions.push(sql`a.level = ${want.level}`);
  if (want.birthYears)
    conditions.push(sql`t.birth_year BETWEEN ${want.birthYears[0]} AND ${want.birthYears[1]}`);
  if (want.olderThanDays)
    conditions.push(sql`a.created_at < ${clock.now().getTime() - want.olderThanDays * 86_400_000}`);
  const rows = await db.all<{ id: number; full_name: string }>(sql`
    SELECT a.id, t.full_name FROM achievements a JOIN talents t ON t.id = a.talent_id
    WHERE ${sql.join(conditions, sql` AND `)} ORDER BY a.created_at, a.id`);
  const word = want.nameWord;
  return rows
    .filter(
      (row) =>
        !word ||
        foldVietnamese(row.full_name)
          .split(/\s+/)
          .some((w) => w.startsWith(word)),
    )
    .map((row) => row.id);
}

describe("the achievements' queue under filters", () => {
  it('lists and counts, oldest first, exactly the waiting achievements that match, for an admin', async () => {
    const year = clock.currentYear();
    const admin = staff('admin', null);
    const cases: [string, Expected][] = [
      ['', {}],
      [`field=${fieldId}`, { field: fieldId }],
      [`unit=${unitId}&field=${fieldId}`, { unit: unitId, field: fieldId }],
      [`unit=${unitId}&kind=provincial`, { unit: unitId, level: 'provincial' }],
      [`field=${fieldId}&age=21-25`, { field: fieldId, birthYears: [year - 25, year - 21] }],
      [`unit=${unitId}&waiting=7`, { unit: unitId, olderThanDays: 7 }],
      [`unit=${unitId}&q=nguyen`, { unit: unitId, nameWord: 'nguyen' }],
      // A search over the whole queue looks the names up in the entries; within a unit it checks each entry.
      ['q=nguyen', { nameWord: 'nguyen' }],
      [`field=${fieldId}&q=nguyen`, { field: fieldId, nameWord: 'nguyen' }],
    ];
    for (const [query, want] of cases) {
      const expected = await expectedIds(want);
      const page = await listQueue(
        db,
        admin,
        'achievements',
        parseQueueFilters('achievements', new URLSearchParams(query)),
      );
      expect(page?.total, `count of ?${query}`).toBe(expected.length);
      expect(await queueIds(db, admin, 'achievements', query), `items of ?${query}`).toEqual(expected);
    }
    expect(await queueIds(db, admin, 'achievements', `unit=${unitId}&order=newest`)).toEqual(
      (await expectedIds({ unit: unitId })).reverse(),
    );
    // The filters above are not all empty, nor all the same.
    expect(
      new Set(await Promise.all(cases.map(async ([, want]) => (await expectedIds(want)).length))).size,
    ).toBeGreaterThan(3);
  });

  it("keeps an officer to the unit's own talents, whatever unit or field is asked for", async () => {
    const officer = staff('officer', unitId);
    const [{ other }] = (await db.all<{ other: number }>(
      sql`SELECT id AS other FROM units WHERE id NOT IN (SELECT ${unitId}) AND kind = 'commune' LIMIT 1`,
    )) as [{ other: number }];
    const own = await expectedIds({ unit: unitId });
    expect(await queueIds(db, officer, 'achievements')).toEqual(own);
    expect(await queueIds(db, officer, 'achievements', `field=${fieldId}`)).toEqual(
      await expectedIds({ unit: unitId, field: fieldId }),
    );
    const named = await expectedIds({ unit: unitId, nameWord: 'nguyen' });
    expect(named.length).toBeGreaterThan(0);
    expect(await queueIds(db, officer, 'achievements', 'q=nguyen')).toEqual(named);
    const elsewhere = new Set(await expectedIds({ unit: other }));
    const asked = await queueIds(db, officer, 'achievements', `unit=${other}`);
    expect(asked.filter((id) => !own.includes(id) && elsewhere.has(id))).toEqual([]);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import type { Actor } from '@/lib/server/auth/actor';
import { parseQueueFilters, queueNames } from '@/lib/server/officers/queue-filters';
import { pauseQueueTallies, rebuildQueueTallies } from '@/lib/server/officers/queue-tallies';
import { countQueues, listQueue } from '@/lib/server/officers/queues';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { queueIds } from '../support/queues';

let t: TestDatabase;
let db: Database;

beforeAll(() => {
  t = copySeededDatabase();
  db = t.db;
});
afterAll(() => t.dispose());

/** The tallies the triggers keep, as `queue/unit → count`, zero rows left out. */
async function tallies(): Promise<Record<string, number>> {
  const rows = await db.all<{ queue: string; unit_id: number; count: number }>(
    sql`SELECT queue, unit_id, count FROM queue_tallies WHERE count <> 0`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.queue}/${r.unit_id}`, r.count]));
}

/** The same counted from the queues' own conditions of waiting, without the triggers' view. */
async function recounted(): Promise<Record<string, number>> {
  const rows = await db.all<{ queue: string; unit_id: number; count: number }>(sql`
    SELECT 'profiles' AS queue, unit_id, count(*) AS count FROM talents
      WHERE status = 'draft' AND review_state = 'waiting' GROUP BY unit_id
    UNION ALL SELECT 'achievements', t.unit_id, count(*) FROM achievements a JOIN talents t ON t.id = a.talent_id
      WHERE a.verified_at IS NULL AND a.review_state = 'waiting' GROUP BY t.unit_id
    UNION ALL SELECT 'claims', t.unit_id, count(*) FROM talent_claims c JOIN talents t ON t.id = c.talent_id
      WHERE c.status = 'pending' GROUP BY t.unit_id
    UNION ALL SELECT 'corrections', t.unit_id, count(*) FROM achievement_corrections c
      JOIN achievements a ON a.id = c.achievement_id JOIN talents t ON t.id = a.talent_id
      WHERE c.status = 'pending' GROUP BY t.unit_id`);
  return Object.fromEntries(rows.map((r) => [`${r.queue}/${r.unit_id}`, r.count]));
}

/** The queues' entries the triggers keep, one line each. */
async function entries(): Promise<string[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind FROM queue_entries`);
  return rows.map((r) => Object.values(r).join('|')).sort();
}

/** The same read from the queues' tables: each waiting item for any field (0) and for each of its talent's. */
async function expectedEntries(): Promise<string[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    WITH waiting (queue, item_id, waiting_since, talent_id, kind) AS (
      SELECT 'profiles', id, created_at, id, CASE WHEN user_id IS NULL THEN 'recorded' ELSE 'owned' END
        FROM talents WHERE status = 'draft' AND review_state = 'waiting'
      UNION ALL SELECT 'achievements', id, created_at, talent_id, level FROM achievements
        WHERE verified_at IS NULL AND review_state = 'waiting'
      UNION ALL SELECT 'claims', id, created_at, talent_id, NULL FROM talent_claims WHERE status = 'pending'
      UNION ALL SELECT 'corrections', c.id, c.created_at, a.talent_id, NULL FROM achievement_corrections c
        JOIN achievements a ON a.id = c.achievement_id WHERE c.status = 'pending'),
    any_field (talent_id, field_id) AS (
      SELECT id, 0 FROM talents UNION ALL SELECT talent_id, field_id FROM talent_fields)
    SELECT w.queue, f.field_id, w.waiting_since, w.item_id, w.talent_id, t.unit_id, t.birth_year, w.kind
    FROM waiting w JOIN talents t ON t.id = w.talent_id JOIN any_field f ON f.talent_id = w.talent_id`);
  return rows.map((r) => Object.values(r).join('|')).sort();
}

/** One row's id from `query`. */
async function one(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await db.all<{ id: number }>(query);
  expect(row).toBeDefined();
  return row!.id;
}

describe('queue tallies and entries', () => {
  it('match the queues after every kind of write that adds, decides, moves, changes or removes an item', async () => {
    expect(Object.keys(await tallies()).length).toBeGreaterThan(0);
    expect(await tallies()).toEqual(await recounted());
    expect((await entries()).length).toBeGreaterThan(100);
    expect(await entries()).toEqual(await expectedEntries());

    const waitingAchievement = await one(
      sql`SELECT id FROM achievements WHERE verified_at IS NULL AND review_state = 'waiting' LIMIT 1`,
    );
    const draft = await one(
      sql`SELECT id FROM talents WHERE status = 'draft' AND review_state = 'waiting' LIMIT 1`,
    );
    const otherUnit = await one(
      sql`SELECT id FROM units WHERE parent_id IS NOT NULL AND id <> (SELECT unit_id FROM talents WHERE id = ${draft}) LIMIT 1`,
    );
    const verified = await one(sql`SELECT id FROM talents WHERE status = 'verified' LIMIT 1`);
    const admin = await one(sql`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
    const writes = [
      // An achievement verified, a draft refused then waiting again.
      sql`UPDATE achievements SET verified_at = 1 WHERE id = ${waitingAchievement}`,
      sql`UPDATE talents SET review_state = 'refused' WHERE id = ${draft}`,
      sql`UPDATE talents SET review_state = 'waiting' WHERE id = ${draft}`,
      // What the filters read changes: a birth year, a draft's owner, a level, a talent's fields.
      sql`UPDATE talents SET birth_year = birth_year + 1 WHERE id = ${draft}`,
      sql`UPDATE talents SET user_id = ${admin} WHERE id = ${draft}`,
      sql`UPDATE achievements SET level = 'national' WHERE id = (SELECT id FROM achievements
        WHERE verified_at IS NULL AND review_state = 'waiting' AND level <> 'national' LIMIT 1)`,
      sql`INSERT INTO talent_fields (talent_id, field_id) SELECT ${draft}, id FROM fields
        WHERE id NOT IN (SELECT field_id FROM talent_fields WHERE talent_id = ${draft}) LIMIT 2`,
      sql`DELETE FROM talent_fields WHERE talent_id = ${draft}
        AND field_id = (SELECT min(field_id) FROM talent_fields WHERE talent_id = ${draft})`,
      // A talent with waiting items moved to another unit, its achievements moved to another talent (a merge).
      sql`INSERT INTO achievements (talent_id, title, award_name, level, year, created_at)
        VALUES (${draft}, 'Giải Ba', 'Hội thi Tin học trẻ', 'provincial', 2025, 1)`,
      sql`UPDATE talents SET unit_id = ${otherUnit} WHERE id = ${draft}`,
      sql`UPDATE achievements SET talent_id = ${verified} WHERE talent_id = ${draft}`,
      // A claim and a correction arrive, then the achievement corrected is removed with its correction.
      sql`INSERT INTO talent_claims (talent_id, user_id, status, created_at) VALUES (${verified}, ${admin}, 'pending', 1)`,
      sql`INSERT INTO achievement_corrections (achievement_id, user_id, proposed, status, created_at)
        SELECT id, ${admin}, '{}', 'pending', 1 FROM achievements WHERE talent_id = ${verified} LIMIT 1`,
      sql`UPDATE talent_claims SET status = 'approved' WHERE status = 'pending' AND id = (SELECT min(id) FROM talent_claims WHERE status = 'pending')`,
      sql`DELETE FROM achievements WHERE id = (SELECT achievement_id FROM achievement_corrections ORDER BY id DESC LIMIT 1)`,
      // A talent with waiting items erased altogether (their children go by cascade).
      sql`DELETE FROM talents WHERE id = ${verified}`,
    ];
    for (const [n, write] of writes.entries()) {
      const before = await entries();
      await db.run(write);
      expect(await tallies()).toEqual(await recounted());
      const after = await entries();
      expect(after, `write ${n}`).toEqual(await expectedEntries());
      expect(after, `write ${n} changes what waits`).not.toEqual(before);
    }
    // A seed's pause and rebuild come to the same.
    const kept = await tallies();
    await pauseQueueTallies(db);
    await db.run(sql`UPDATE talents SET review_state = 'refused' WHERE id = ${draft}`);
    await db.transaction((tx) => rebuildQueueTallies(tx));
    expect(await tallies()).toEqual(await recounted());
    expect(await entries()).toEqual(await expectedEntries());
    expect(await tallies()).not.toEqual(kept);
  });

  it("give each queue's count, which paging through it confirms, for an admin and for an officer", async () => {
    const [unit] = await db.all<{ unit_id: number }>(
      sql`SELECT unit_id FROM talents WHERE status = 'draft' GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1`,
    );
    const base = {
      id: 1,
      email: 'a@example.invalid',
      displayName: 'A',
      emailVerified: true,
      employerVerified: false,
    };
    const admin: Actor = { ...base, role: 'admin', unitId: null };
    const officer: Actor = { ...base, role: 'officer', unitId: unit!.unit_id };
    for (const actor of [admin, officer]) {
      const counts = await countQueues(db, actor);
      for (const queue of queueNames) {
        expect(await queueIds(db, actor, queue), `${actor.role} ${queue}`).toHaveLength(counts[queue]);
        const byUnit = `unit=${unit!.unit_id}`;
        const page = await listQueue(db, actor, queue, parseQueueFilters(queue, new URLSearchParams(byUnit)));
        expect(await queueIds(db, actor, queue, byUnit)).toHaveLength(page!.total);
      }
    }
  });
});

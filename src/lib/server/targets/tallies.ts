import { sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type TargetTally, targetTallies } from '@db/schema';

/**
 * Pauses the recounting for a bulk write (the seeds): each write then costs one insert into
 * `target_tally_dirty`. {@link rebuildTargetTallies} resumes it; call it when the writes are done.
 */
export async function pauseTargetTallies(db: Pick<Executor, 'run'>): Promise<void> {
  await db.run(sql`INSERT INTO target_tally_pause (paused_at) VALUES (unixepoch('subsec') * 1000)`);
}

/**
 * Counts every tally afresh from the view `target_tally_sources`; run it inside a transaction (`tx`).
 * The seed calls it after its bulk writes (it resumes a pause) and a test compares it with what the
 * triggers kept; in normal running the triggers make it unnecessary.
 */
export async function rebuildTargetTallies(tx: Pick<Executor, 'run'>): Promise<void> {
  await tx.run(sql`DELETE FROM target_tally_pause`);
  await tx.run(sql`DELETE FROM target_tally_dirty`);
  await tx.run(sql`DELETE FROM target_tally_marks`);
  await tx.run(sql`DELETE FROM target_tallies`);
  await tx.run(sql`INSERT OR IGNORE INTO target_tally_marks (talent_id, year, measure, unit_id, key)
    SELECT talent_id, year, measure, unit_id, key FROM target_tally_sources`);
  await tx.run(sql`INSERT INTO target_tallies (year, measure, unit_id, key, count)
    SELECT year, measure, unit_id, key, count(*) FROM target_tally_marks
    GROUP BY year, measure, unit_id, key`);
}

/** Every tally row, in key order: units × years × measures × keys, however many talents there are. */
export function listTargetTallies(db: Pick<Executor, 'select'>): Promise<TargetTally[]> {
  return db
    .select()
    .from(targetTallies)
    .orderBy(targetTallies.year, targetTallies.measure, targetTallies.unitId, targetTallies.key);
}

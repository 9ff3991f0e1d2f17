/**
 * The queues' tallies (db/schema/queue-tallies.ts) are kept by triggers; a bulk seed pauses them
 * and counts everything once at the end, which at 100,000 talents takes a second where recounting
 * each talent as its rows arrive took minutes.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '@db/client';

/** Pauses the recounting for a bulk write; {@link rebuildQueueTallies} resumes it. */
export async function pauseQueueTallies(db: Pick<Executor, 'run'>): Promise<void> {
  await db.run(sql`INSERT INTO queue_tally_pause (paused_at) VALUES (unixepoch('subsec') * 1000)`);
}

/**
 * Counts every tally afresh from the view `queue_tally_sources` and resumes the triggers; run it
 * inside a transaction (`tx`). In normal running the triggers make it unnecessary.
 */
export async function rebuildQueueTallies(tx: Pick<Executor, 'run'>): Promise<void> {
  await tx.run(sql`DELETE FROM queue_tally_pause`);
  await tx.run(sql`DELETE FROM queue_tally_dirty`);
  await tx.run(sql`DELETE FROM queue_tally_marks`);
  await tx.run(sql`DELETE FROM queue_tallies`);
  await tx.run(sql`INSERT INTO queue_tally_marks (talent_id, queue, unit_id, count)
    SELECT talent_id, queue, unit_id, count FROM queue_tally_sources WHERE count > 0`);
  await tx.run(sql`INSERT INTO queue_tallies (queue, unit_id, count)
    SELECT queue, unit_id, sum(count) FROM queue_tally_marks GROUP BY queue, unit_id`);
}

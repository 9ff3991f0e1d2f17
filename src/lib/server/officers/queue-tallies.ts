/**
 * The queues' tallies and entries (db/schema/queue-tallies.ts) are kept by triggers; a bulk seed
 * pauses them and counts everything once at the end, which at 100,000 talents takes a second or two
 * where recounting each talent as its rows arrive took minutes.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '@db/client';

/** Pauses the recounting for a bulk write; {@link rebuildQueueTallies} resumes it. */
export async function pauseQueueTallies(db: Pick<Executor, 'run'>): Promise<void> {
  await db.run(sql`INSERT INTO queue_tally_pause (paused_at) VALUES (unixepoch('subsec') * 1000)`);
}

/**
 * Counts every tally afresh from the view `queue_tally_sources`, writes every entry afresh from
 * `queue_entry_sources` and resumes the triggers; run it inside a transaction (`tx`). In normal
 * running the triggers make it unnecessary.
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
  await tx.run(sql`DELETE FROM queue_entries`);
  await tx.run(sql`INSERT INTO queue_entries (queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind)
    SELECT queue, 0, waiting_since, item_id, talent_id, unit_id, birth_year, kind FROM queue_entry_sources`);
  await tx.run(sql`INSERT INTO queue_entries (queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind)
    SELECT e.queue, f.field_id, e.waiting_since, e.item_id, e.talent_id, e.unit_id, e.birth_year, e.kind
    FROM queue_entries e JOIN talent_fields f ON f.talent_id = e.talent_id WHERE e.field_id = 0`);
}

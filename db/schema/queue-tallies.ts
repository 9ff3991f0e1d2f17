import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The queues whose waiting items belong to a talent, hence to a unit (employers belong to none). */
export const talliedQueues = ['profiles', 'achievements', 'claims', 'corrections'] as const;

/**
 * How many items wait in each unit's queue, kept by triggers (migration 0029_queue_tallies_triggers) in the transaction
 * of every write that adds, decides or moves one: a queue's count without filters sums a few rows
 * per unit instead of counting the queue, which at 100,000 talents holds tens of thousands.
 */
export const queueTallies = sqliteTable(
  'queue_tallies',
  {
    queue: text('queue', { enum: talliedQueues }).notNull(),
    unitId: integer('unit_id').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.queue, t.unitId] })],
);

/**
 * What each talent adds to the tallies now: a write's trigger takes these away and adds the
 * talent's new ones. No foreign key: a deleted talent's marks are what must be taken away.
 */
export const queueTallyMarks = sqliteTable(
  'queue_tally_marks',
  {
    talentId: integer('talent_id').notNull(),
    queue: text('queue', { enum: talliedQueues }).notNull(),
    unitId: integer('unit_id').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.talentId, t.queue] })],
);

/** Talents a write touched; the row's own trigger recounts the talent and removes it at once. */
export const queueTallyDirty = sqliteTable('queue_tally_dirty', {
  talentId: integer('talent_id').notNull(),
});

/**
 * A row here pauses the recounting during a bulk seed: writes only note their talents in
 * `queue_tally_dirty`, and `rebuildQueueTallies` (which the seeds run last) recounts everything
 * and removes the row. Nothing but the seeds writes it.
 */
export const queueTallyPause = sqliteTable('queue_tally_pause', {
  pausedAt: integer('paused_at', { mode: 'timestamp_ms' }).notNull(),
});

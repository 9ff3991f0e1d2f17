import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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

/**
 * Every waiting item of the talents' queues with what the filters ask of it, kept by the same
 * triggers as the tallies (migration 0032_queue_entries_triggers, view `queue_entry_sources`): an
 * item has a row with `fieldId` 0 (any field) and one per field of its talent. A filtered count or
 * an officer's page then reads a range of exactly the items it means (the unit's, the field's, in
 * waiting order) where reading the items and joining their talents read the whole queue.
 */
/** The `fieldId` of the entry every waiting item has, whatever its talent's fields. */
export const ANY_FIELD = 0;

export const queueEntries = sqliteTable(
  'queue_entries',
  {
    queue: text('queue', { enum: talliedQueues }).notNull(),
    /** 0 for the row every item has; a field of the item's talent otherwise. */
    fieldId: integer('field_id').notNull(),
    waitingSince: integer('waiting_since', { mode: 'timestamp_ms' }).notNull(),
    /** The achievement's, claim's, correction's or (for drafts) the talent's id. */
    itemId: integer('item_id').notNull(),
    talentId: integer('talent_id').notNull(),
    unitId: integer('unit_id').notNull(),
    birthYear: integer('birth_year').notNull(),
    /** An achievement's level, a draft's origin (`owned`, `recorded`); null in the other queues. */
    kind: text('kind'),
  },
  (t) => [
    primaryKey({ columns: [t.queue, t.itemId, t.fieldId] }),
    // Both read the index alone: a queue in waiting order (by field), and a unit's part of it.
    index('queue_entries_time_idx').on(
      t.queue,
      t.fieldId,
      t.waitingSince,
      t.itemId,
      t.unitId,
      t.birthYear,
      t.kind,
      t.talentId,
    ),
    index('queue_entries_unit_idx').on(
      t.queue,
      t.unitId,
      t.fieldId,
      t.waitingSince,
      t.itemId,
      t.birthYear,
      t.kind,
      t.talentId,
    ),
    index('queue_entries_talent_idx').on(t.talentId),
  ],
);

import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What the tallies count, per unit and year (`key` narrows some of them):
 * - `honoured`: talents whose first standing honour is in `year`;
 * - `nurtured`: talents whose first activity since their first standing honour is in `year`;
 * - `honoured_in`: talents holding a standing honour of `year`;
 * - `field` (key: field id), `level` (key: a verified achievement level held), `age` (key: the age
 *   in `year`), `place` (key: the place kind): the talents honoured in `year`, by those dimensions;
 * - `updated`: talents whose profile last changed in `year` (An Giang time).
 */
export const tallyMeasures = [
  'honoured',
  'nurtured',
  'honoured_in',
  'field',
  'level',
  'age',
  'place',
  'updated',
] as const;
export type TallyMeasure = (typeof tallyMeasures)[number];

/**
 * The counts the targets and the yearly report read, one row per unit, year, measure and key: their
 * number grows with units and years, never with talents. SQLite triggers (migration
 * `target_tallies_triggers`) keep them current in the transaction of every write to honours,
 * participants, activities, talents, their fields and achievements; `rebuildTargetTallies` computes
 * them afresh from the view `target_tally_sources`, the one definition of what each talent counts for.
 */
export const targetTallies = sqliteTable(
  'target_tallies',
  {
    year: integer('year').notNull(),
    measure: text('measure', { enum: tallyMeasures }).notNull(),
    unitId: integer('unit_id').notNull(),
    key: text('key').notNull().default(''),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measure, t.year, t.unitId, t.key] })],
);

/**
 * What each talent currently adds to the tallies: a write's trigger takes these away and adds the
 * talent's new ones. No foreign key: a deleted talent's marks are what must be taken away.
 */
export const targetTallyMarks = sqliteTable(
  'target_tally_marks',
  {
    talentId: integer('talent_id').notNull(),
    year: integer('year').notNull(),
    measure: text('measure', { enum: tallyMeasures }).notNull(),
    unitId: integer('unit_id').notNull(),
    key: text('key').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.talentId, t.year, t.measure, t.unitId, t.key] })],
);

/** Talents a write touched; the row's own trigger recounts the talent and removes it at once. */
export const targetTallyDirty = sqliteTable('target_tally_dirty', {
  talentId: integer('talent_id').notNull(),
});

/**
 * A row here pauses the recounting during a bulk seed: writes only note their talents in
 * `target_tally_dirty`, and `rebuildTargetTallies` (which the seed runs last) recounts everything
 * and removes the row. Nothing but the seeds writes it.
 */
export const targetTallyPause = sqliteTable('target_tally_pause', {
  pausedAt: integer('paused_at', { mode: 'timestamp_ms' }).notNull(),
});

export type TargetTally = typeof targetTallies.$inferSelect;

/**
 * The years whose reminder of the yearly report (due 30 October) went out: the row is written in
 * the transaction that queues the reminders, so several server instances send it once.
 */
export const yearlyReportReminders = sqliteTable('yearly_report_reminders', {
  year: integer('year').primaryKey(),
  sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
});

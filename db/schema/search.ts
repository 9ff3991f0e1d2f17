import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The directory's copy of each talent, as the public may see it, maintained in the same transaction
 * as every change to the talent. `seq` orders changes so that every app instance can refresh its
 * facet arrays incrementally; a removed talent stays as a row with `listed = false` for the same reason.
 * The FTS5 table `search_fts` (rowid = talent id) is created by a hand-written migration.
 */
export const searchDocuments = sqliteTable(
  'search_documents',
  {
    // No foreign key: the index is derived data, and its tombstones outlive deleted talents.
    talentId: integer('talent_id').primaryKey(),
    seq: integer('seq').notNull(),
    listed: integer('listed', { mode: 'boolean' }).notNull(),
    /** The TalentDocument as JSON; null once the talent is no longer listed. */
    document: text('document'),
  },
  (t) => [index('search_documents_seq_idx').on(t.seq)],
);

/** A single row holding the last change sequence number given to a search document. */
export const searchState = sqliteTable('search_state', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
});

/**
 * Changes waiting to reach an external engine (Meilisearch), written in the same transaction as the
 * change itself and relayed with retries; one row per talent, so a newer change replaces an older one.
 */
export const searchOutbox = sqliteTable('search_outbox', {
  talentId: integer('talent_id').primaryKey(),
  seq: integer('seq').notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull().default(0),
  lastError: text('last_error'),
  /**
   * When the oldest change this row stands for was made (ms): kept when a newer change replaces the
   * row, so the relay's lag is the age of the oldest undelivered change. 0 for rows older than the column.
   */
  queuedAt: integer('queued_at').notNull().default(0),
});

/**
 * The embedded engine's in-memory snapshot as of `seq`, saved at start and after a rebuild, so that
 * a new process loads it in one read and then only the documents changed since (derived data).
 */
export const searchSnapshot = sqliteTable('search_snapshot', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
});

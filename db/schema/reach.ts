import { sql } from 'drizzle-orm';
import { blob, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Reach counting without cookies (src/lib/server/reach): a random salt per day, shared by every app
 * instance so they hash a visitor alike. A day's salt is deleted once the day is over, after which
 * nobody (not even the site) can tell whether two hashes of different days belong to one visitor.
 */
export const reachSalts = sqliteTable('reach_salts', {
  /** Viet Nam's calendar day, YYYY-MM-DD. */
  day: text('day').primaryKey(),
  salt: blob('salt', { mode: 'buffer' }).notNull(),
});

/**
 * One row per visitor and day: a truncated SHA-256 of (day's salt, client address, user agent,
 * site). Kept only until the day is summarised into `reach_days`; no address is ever stored.
 */
export const reachVisitors = sqliteTable(
  'reach_visitors',
  {
    day: text('day').notNull(),
    hash: blob('hash', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.hash] })],
);

/** A day's summary: the small rows every reach figure is summed from (months and years included). */
export const reachDays = sqliteTable('reach_days', {
  day: text('day').primaryKey(),
  /** Unique visitors of the day; null until the day is over and its hashes are counted. */
  visitors: integer('visitors'),
  pageViews: integer('page_views').notNull().default(0),
  downloads: integer('downloads').notNull().default(0),
  /** Confirmed subscribers of the mailing list when the day was summarised. */
  subscribers: integer('subscribers'),
});

/** Downloads of each branch material (its file name) per day. */
export const materialDownloads = sqliteTable(
  'material_downloads',
  {
    day: text('day').notNull(),
    file: text('file').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.file] })],
);

/** The province's young people (16–35) per year, as an admin copies it from official statistics. */
export const youthPopulation = sqliteTable('youth_population', {
  year: integer('year').primaryKey(),
  population: integer('population').notNull(),
  /** Where the figure comes from (the statistics office's yearbook, say). */
  source: text('source').notNull(),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

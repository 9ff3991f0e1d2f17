import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const subscriberStatuses = ['pending', 'confirmed'] as const;

/**
 * The news and award-call mailing list, by double opt-in: an address is `pending` until its owner
 * follows the mailed link (only the link's SHA-256 is stored), and a pending row is deleted when the
 * link expires. Unsubscribing deletes the row: nothing of a former subscriber is kept.
 */
export const listSubscribers = sqliteTable(
  'list_subscribers',
  {
    id: integer('id').primaryKey(),
    email: text('email').notNull().unique(),
    lang: text('lang', { enum: ['vi', 'en'] }).notNull(),
    status: text('status', { enum: subscriberStatuses }).notNull().default('pending'),
    confirmHash: blob('confirm_hash', { mode: 'buffer' }).unique(),
    confirmExpiresAt: integer('confirm_expires_at', { mode: 'timestamp_ms' }),
    /**
     * The secret of every unsubscribe link. Stored as it is (every list mail carries it, so it must
     * be readable); it can do nothing but remove this address from the list.
     */
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('list_subscribers_status_idx').on(t.status, t.lang)],
);

/** Content items (a news article, an award call) already mailed to the list: each goes once. */
export const listAnnouncements = sqliteTable('list_announcements', {
  /** `news:<id>` or `call:<id>`, the collection entry's id. */
  item: text('item').primaryKey(),
  announcedAt: integer('announced_at', { mode: 'timestamp_ms' }).notNull(),
  recipients: integer('recipients').notNull(),
});

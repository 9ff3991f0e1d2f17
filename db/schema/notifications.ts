import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Where a notification leads: a named route of `src/routes.ts` and its parameters. */
export interface NotificationLink {
  route: string;
  params?: Record<string, string | number>;
}

/**
 * In-app notifications. `kind` names the dictionary message `notice.<kind>` that renders it with
 * `params`, so a notification reads in the language of whoever opens it, not of whoever caused it.
 * `digested_at` marks the rows an email digest already told of (or that no digest will).
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: text('params', { mode: 'json' })
      .$type<Record<string, string | number>>()
      .notNull()
      .default(sql`'{}'`),
    link: text('link', { mode: 'json' }).$type<NotificationLink>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    digestedAt: integer('digested_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // The header's unread count on every signed-in page: an index-only count.
    index('notifications_user_read_idx').on(t.userId, t.readAt),
    // The digest job looks only at rows no digest has taken yet.
    index('notifications_undigested_idx')
      .on(t.userId)
      .where(sql`${t.digestedAt} IS NULL`),
  ],
);

export const digestFrequencies = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/** A person's choice of email digest; no row means the default (daily) in Vietnamese. */
export const notificationSettings = sqliteTable('notification_settings', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  digest: text('digest', { enum: digestFrequencies }).notNull().default('daily'),
  /** The language the digest is written in: the one the person used when choosing. */
  lang: text('lang', { enum: ['vi', 'en'] })
    .notNull()
    .default('vi'),
  lastDigestAt: integer('last_digest_at', { mode: 'timestamp_ms' }),
});

export type Notification = typeof notifications.$inferSelect;

import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clubs } from './clubs';
import { fields } from './fields';
import { users } from './users';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/** One forum per club and one per field; the slug names both in one space (`/dien-dan/<slug>`). */
export const forums = sqliteTable(
  'forums',
  {
    id: integer('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    clubId: integer('club_id').references(() => clubs.id, { onDelete: 'cascade' }),
    fieldId: integer('field_id').references(() => fields.id),
  },
  (t) => [uniqueIndex('forums_club_idx').on(t.clubId), uniqueIndex('forums_field_idx').on(t.fieldId)],
);

/**
 * Threads are listed newest activity first: `lastPostId` grows with every reply, so it orders them
 * and tells a reader's last-read post apart from newer ones without comparing times.
 */
export const threads = sqliteTable(
  'threads',
  {
    id: integer('id').primaryKey(),
    forumId: integer('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The title folded (`foldVietnamese`), so a forum's search ignores tone marks and `đ`. */
    titleFolded: text('title_folded').notNull().default(''),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    /** Replies shown to readers, kept in the transaction that adds, hides or deletes one. */
    replyCount: integer('reply_count').notNull().default(0),
    lastPostId: integer('last_post_id').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('threads_forum_list_idx').on(t.forumId, t.hidden, t.pinned, t.lastPostId),
    index('threads_author_idx').on(t.authorId, t.lastPostId),
  ],
);

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Markdown as typed; rendered through the allow-list renderer on display. */
    body: text('body').notNull(),
    /** The body folded (`foldVietnamese`), for the forum's search. */
    bodyFolded: text('body_folded').notNull().default(''),
    createdAt: createdAt(),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }),
    hiddenBy: integer('hidden_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('posts_thread_idx').on(t.threadId, t.id),
    index('posts_author_idx').on(t.authorId, t.createdAt),
  ],
);

/** Earlier bodies of an edited or deleted post, for moderators. */
export const postRevisions = sqliteTable(
  'post_revisions',
  {
    id: integer('id').primaryKey(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    replacedAt: integer('replaced_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('post_revisions_post_idx').on(t.postId)],
);

export const reportStatuses = ['open', 'resolved', 'dismissed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const postReports = sqliteTable(
  'post_reports',
  {
    id: integer('id').primaryKey(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    /** Copied from the thread so a club's queue is one index range. */
    forumId: integer('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: reportStatuses }).notNull().default('open'),
    createdAt: createdAt(),
    handledBy: integer('handled_by').references(() => users.id, { onDelete: 'set null' }),
    handledAt: integer('handled_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('post_reports_once_idx').on(t.postId, t.reporterId),
    index('post_reports_queue_idx').on(t.status, t.forumId, t.id),
  ],
);

/** The last post each reader has seen in a thread: newer posts are unread. */
export const threadReads = sqliteTable(
  'thread_reads',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    lastReadPostId: integer('last_read_post_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] })],
);

export const threadMutes = sqliteTable(
  'thread_mutes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] })],
);

export const userMutes = sqliteTable(
  'user_mutes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mutedUserId: integer('muted_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.mutedUserId] })],
);

export type Forum = typeof forums.$inferSelect;
export type Thread = typeof threads.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type PostReport = typeof postReports.$inferSelect;

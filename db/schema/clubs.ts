import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { fields } from './fields';
import { units } from './units';
import { users } from './users';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const clubStatuses = ['proposed', 'active'] as const;
export type ClubStatus = (typeof clubStatuses)[number];
/** `open`: anyone signed in joins at once; `approval`: a moderator accepts each request. */
export const joinPolicies = ['open', 'approval'] as const;
export type JoinPolicy = (typeof joinPolicies)[number];
/** Who reads a club's forum: its members only, or everyone signed in. */
export const forumAudiences = ['members', 'signed_in'] as const;
export type ForumAudience = (typeof forumAudiences)[number];

/** Clubs by field, by area (unit) or both; a talent may propose one, which an officer approves. */
export const clubs = sqliteTable(
  'clubs',
  {
    id: integer('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    rules: text('rules').notNull().default(''),
    fieldId: integer('field_id').references(() => fields.id),
    unitId: integer('unit_id').references(() => units.id),
    joinPolicy: text('join_policy', { enum: joinPolicies }).notNull().default('open'),
    forumAudience: text('forum_audience', { enum: forumAudiences }).notNull().default('members'),
    status: text('status', { enum: clubStatuses }).notNull().default('active'),
    /** The cover photo's public path (`/anh/<name>.webp`) and its size, for a box that does not move. */
    coverPath: text('cover_path'),
    coverWidth: integer('cover_width'),
    coverHeight: integer('cover_height'),
    /** Active members, kept in the transaction that changes a membership, so it never drifts. */
    memberCount: integer('member_count').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('clubs_field_idx').on(t.status, t.fieldId),
    index('clubs_unit_idx').on(t.status, t.unitId),
    // The photo route and the orphan sweeper look a cover up by its path. Partial: most clubs have
    // none, and a full index of NULLs looks unselective to the planner, which then scans clubs.
    index('clubs_cover_idx')
      .on(t.coverPath)
      .where(sql`${t.coverPath} IS NOT NULL`),
    check('clubs_field_or_unit', sql`${t.fieldId} IS NOT NULL OR ${t.unitId} IS NOT NULL`),
  ],
);

export const membershipRoles = ['member', 'moderator'] as const;
export type MembershipRole = (typeof membershipRoles)[number];
export const membershipStatuses = ['pending', 'active', 'banned'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export const clubMemberships = sqliteTable(
  'club_memberships',
  {
    clubId: integer('club_id')
      .notNull()
      .references(() => clubs.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: membershipRoles }).notNull().default('member'),
    status: text('status', { enum: membershipStatuses }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.clubId, t.userId] }),
    index('club_memberships_user_idx').on(t.userId, t.status),
    // A club page lists members of one status in user order, a page at a time, from this index alone.
    index('club_memberships_club_status_idx').on(t.clubId, t.status, t.userId),
  ],
);

/** A club's gatherings; `goingCount` is raised by one conditional UPDATE, so it never passes `capacity`. */
export const meetups = sqliteTable(
  'meetups',
  {
    id: integer('id').primaryKey(),
    clubId: integer('club_id')
      .notNull()
      .references(() => clubs.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url'),
    /** Null: no limit. */
    capacity: integer('capacity'),
    goingCount: integer('going_count').notNull().default(0),
    /** Set when a moderator calls the meetup off: it stays listed as cancelled, its RSVP closed. */
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('meetups_club_starts_idx').on(t.clubId, t.startsAt)],
);

export const meetupRsvps = sqliteTable(
  'meetup_rsvps',
  {
    meetupId: integer('meetup_id')
      .notNull()
      .references(() => meetups.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetupId, t.userId] })],
);

export type Club = typeof clubs.$inferSelect;
export type ClubMembership = typeof clubMemberships.$inferSelect;
export type Meetup = typeof meetups.$inferSelect;

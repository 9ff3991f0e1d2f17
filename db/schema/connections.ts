import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { talents } from './talents';
import { users } from './users';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull();

/**
 * Where a request stands. `awaiting_officer`: an adult asked a minor, and an officer of the minor's
 * unit decides whether it reaches them (src/lib/server/connections/broker.ts).
 */
export const requestStatuses = ['awaiting_officer', 'pending', 'accepted', 'declined', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * Connections between members, one row per pair and direction of the first request: a request
 * declined stays declined (the requester cannot ask again), one withdrawn or a connection removed
 * may be asked again, which reuses the row.
 */
export const connections = sqliteTable(
  'connections',
  {
    id: integer('id').primaryKey(),
    requesterId: integer('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: requestStatuses }).notNull(),
    note: text('note').notNull().default(''),
    /** The officer who passed on or refused a request to a minor. */
    brokerId: integer('broker_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('connections_pair_idx').on(t.requesterId, t.recipientId),
    index('connections_recipient_idx').on(t.recipientId, t.status),
  ],
);

/** A block hides each person from the other everywhere; only the blocker sees or lifts it. */
export const blocks = sqliteTable(
  'blocks',
  {
    blockerId: integer('blocker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: integer('blocked_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }), // Covers who blocked a person too, so that lookup never reads the table (nor scans the key).
    index('blocks_blocked_idx').on(t.blockedId, t.blockerId),
  ],
);

export const contactKinds = ['job', 'internship', 'project', 'scholarship'] as const;
export type ContactKind = (typeof contactKinds)[number];

/**
 * A verified employer asking to get in touch with a talent. Nothing of the talent's contact data
 * is shown before `accepted`; a minor's request goes through an officer of their unit first, and
 * on acceptance the employer is given the officer's address, never the minor's.
 */
export const contactRequests = sqliteTable(
  'contact_requests',
  {
    id: integer('id').primaryKey(),
    employerId: integer('employer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: contactKinds }).notNull(),
    subject: text('subject').notNull(),
    message: text('message').notNull(),
    status: text('status', { enum: requestStatuses }).notNull(),
    /** Set when the talent was a minor at the time: the officer who brokers it. */
    brokerId: integer('broker_id').references(() => users.id, { onDelete: 'set null' }),
    minor: integer('minor', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('contact_requests_employer_idx').on(t.employerId),
    index('contact_requests_talent_idx').on(t.talentId, t.status),
  ],
);

export const contactEventKinds = [
  'sent',
  'forwarded',
  'refusedByOfficer',
  'accepted',
  'declined',
  'withdrawn',
] as const;
export type ContactEventKind = (typeof contactEventKinds)[number];

/** Every step of a contact request or a brokered connection request, for the officers' record. */
export const requestEvents = sqliteTable(
  'request_events',
  {
    id: integer('id').primaryKey(),
    contactRequestId: integer('contact_request_id').references(() => contactRequests.id, {
      onDelete: 'cascade',
    }),
    connectionId: integer('connection_id').references(() => connections.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: contactEventKinds }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('request_events_contact_idx').on(t.contactRequestId),
    index('request_events_connection_idx').on(t.connectionId),
  ],
);

/** An employer's private list of talents, each with a note only that employer reads. */
export const shortlistEntries = sqliteTable(
  'shortlist_entries',
  {
    employerId: integer('employer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.talentId] })],
);

/** A directory search an employer saved; a weekly mail tells of new talents matching it. */
export const savedSearches = sqliteTable(
  'saved_searches',
  {
    id: integer('id').primaryKey(),
    employerId: integer('employer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The directory's query string (`q=…&field=…`), as the directory reads it. */
    query: text('query').notNull().default(''),
    createdAt: createdAt(),
    /** Talents listed after this time are new to the next mail. */
    checkedAt: integer('checked_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('saved_searches_employer_idx').on(t.employerId)],
);

export type Connection = typeof connections.$inferSelect;
export type ContactRequest = typeof contactRequests.$inferSelect;

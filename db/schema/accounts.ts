import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { listSubscribers } from './mailing-list';
import { reviewStates } from './review';
import { users } from './users';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/**
 * Sign-in sessions as Lucia teaches them: the cookie holds `id.secret`; only the SHA-256 of the
 * secret is stored and compared in constant time, so a leaked table signs no one in.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastActiveAt: integer('last_active_at', { mode: 'timestamp_ms' }).notNull(),
    /** The absolute end, whatever the activity. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const oneTimePurposes = ['verify-email', 'reset-password', 'change-email'] as const;
export type OneTimePurpose = (typeof oneTimePurposes)[number];

/** Links sent by mail (verify, reset, change email): single use, expiring, stored hashed like sessions. */
export const oneTimeTokens = sqliteTable('one_time_tokens', {
  id: text('id').primaryKey(),
  secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: oneTimePurposes }).notNull(),
  /** The address being verified, for a change of email. */
  email: text('email'),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
});

/** Attempts per key (action, IP or account) in fixed windows; shared by every app instance. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

/**
 * Mail queue. Rows are written in the transaction of the request that causes the mail and
 * delivered by a background sender when `SMTP_URL` is set; without it they stay as the local
 * outbox. `user_id` is the account the mail was written for: the data download and account
 * deletion select by it, never by address (an address can pass from one account to another).
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey(),
    /** Null for mail to the mailing list, whose subscribers have no account. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** A list mail's subscriber: unsubscribing deletes what is still queued for them. */
    subscriberId: integer('subscriber_id').references(() => listSubscribers.id, { onDelete: 'cascade' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** Extra headers as JSON (`List-Unsubscribe` on list mail, RFC 8058). */
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    attempts: integer('attempts').notNull().default(0),
    /** Not tried before this time: a retry delay, or a lease while one sender is delivering it. */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
  },
  (t) => [
    index('mail_outbox_user_idx').on(t.userId),
    index('mail_outbox_subscriber_idx').on(t.subscriberId),
    index('mail_outbox_due_idx').on(t.sentAt, t.nextAttemptAt),
  ],
);

/**
 * Client addresses an account signed in from successfully, so that failures an attacker piles up
 * elsewhere never refuse the owner's correct password from a usual address. Forgotten after 90
 * days (src/lib/server/auth/sign-in-addresses.ts) and with the account; part of the data download.
 */
export const signInAddresses = sqliteTable(
  'sign_in_addresses',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    lastSignInAt: integer('last_sign_in_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);

export const consentKinds = ['terms', 'visibility', 'youth_union_share'] as const;

/** Consent as the privacy law asks: explicit, with the time and the version of the text agreed to. */
export const consents = sqliteTable('consents', {
  id: integer('id').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: consentKinds }).notNull(),
  textVersion: text('text_version').notNull(),
  /** What was agreed to, e.g. the parts whose audience widened. */
  details: text('details', { mode: 'json' })
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'`),
  createdAt: createdAt(),
});

export const employers = sqliteTable('employers', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationName: text('organisation_name').notNull(),
  /** Tax code or business registration number. */
  registrationNumber: text('registration_number').notNull(),
  website: text('website'),
  contactPerson: text('contact_person').notNull(),
  verifiedAt: integer('verified_at', { mode: 'timestamp_ms' }),
  verifiedById: integer('verified_by_id').references(() => users.id, { onDelete: 'set null' }),
  /** Where an unverified employer stands (decisions.ts); only `waiting` is in the officers' queue. */
  reviewState: text('review_state', { enum: reviewStates }).notNull().default('waiting'),
});

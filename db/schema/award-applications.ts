import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { type HonourKind, honourKinds, honours } from './honours';
import { talents } from './talents';
import { users } from './users';

/** A talent applying for themself, or an officer putting a talent forward. */
export const applicationKinds = ['application', 'nomination'] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

/**
 * Where an application stands: sent, on the shortlist, accepted (an honour was created) or
 * rejected. Only `submitted` and `shortlisted` may still be decided.
 */
export const applicationStatuses = ['submitted', 'shortlisted', 'accepted', 'rejected'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/**
 * An application or nomination to an award call. Calls live in the content collection, so what
 * the review needs of the call is copied here when it is sent: its key (`translationKey`, the same
 * in both languages), the award's name and year, the honour it gives and how many criteria are
 * scored. Scores then always match the criteria the call published when the file came in.
 */
export const awardApplications = sqliteTable(
  'award_applications',
  {
    id: integer('id').primaryKey(),
    callKey: text('call_key').notNull(),
    awardName: text('award_name').notNull(),
    awardYear: integer('award_year').notNull(),
    honourKind: text('honour_kind', { enum: honourKinds }).$type<HonourKind>().notNull(),
    criteriaCount: integer('criteria_count').notNull(),
    kind: text('kind', { enum: applicationKinds }).notNull(),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    /**
     * The talent's unit, kept by triggers (migration 0032_queue_entries_triggers) as the
     * talent moves: an officer's counts and list read their units' applications by index instead
     * of joining every application of the call to its talent.
     */
    unitId: integer('unit_id'),
    /** Who sent it: the talent themself, or the nominating officer. */
    submittedById: integer('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    statement: text('statement').notNull(),
    /** Evidence links, as typed (http and https only). */
    links: text('links', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** When the sender agreed to the publication of the result (Law 91/2025/QH15: provable consent). */
    consentAt: integer('consent_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status', { enum: applicationStatuses }).notNull().default('submitted'),
    /** The honour an acceptance created. */
    honourId: integer('honour_id').references(() => honours.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('award_applications_call_idx').on(t.callKey, t.status, t.createdAt),
    // A call's list without a status filter, newest first, read in order with each talent at hand.
    index('award_applications_call_time_idx').on(t.callKey, t.createdAt, t.id, t.talentId),
    // The same for an officer: their units' part of a call, in order.
    index('award_applications_call_unit_idx').on(t.callKey, t.unitId, t.createdAt, t.id, t.status),
    index('award_applications_talent_idx').on(t.talentId),
    // One file per talent and call: a second would split the panel's scores.
    uniqueIndex('award_applications_talent_call_idx').on(t.talentId, t.callKey),
  ],
);

export type AwardApplication = typeof awardApplications.$inferSelect;

/**
 * How many applications each call has in each unit and status, kept by triggers (migration
 * 0035_award_application_tallies) in the transaction of every write: the award calls page counts
 * a few rows per unit, where counting the applications grew with them (1,000 a call at 100,000
 * talents). `unitId` 0 stands for an application whose unit is not set yet.
 */
export const awardApplicationTallies = sqliteTable(
  'award_application_tallies',
  {
    callKey: text('call_key').notNull(),
    unitId: integer('unit_id').notNull(),
    status: text('status', { enum: applicationStatuses }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callKey, t.unitId, t.status] })],
);

/** An evidence file of an application, stored like photos under a random name (never the sender's). */
export const applicationEvidence = sqliteTable(
  'application_evidence',
  {
    id: integer('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => awardApplications.id, { onDelete: 'cascade' }),
    /** `<32 hex>.<pdf|webp>`, as `saveEvidence` (src/lib/server/uploads/evidence.ts) names it. */
    fileName: text('file_name').notNull().unique(),
    bytes: integer('bytes').notNull(),
  },
  (t) => [index('application_evidence_application_idx').on(t.applicationId)],
);

/** What an application's review did: shortlisted, accepted or rejected, with the note written. */
export const applicationDecisionOutcomes = ['shortlisted', 'accepted', 'rejected'] as const;
export type ApplicationDecisionOutcome = (typeof applicationDecisionOutcomes)[number];

/** Every decision on an application, kept: the status on the application is the latest one. */
export const applicationDecisions = sqliteTable(
  'application_decisions',
  {
    id: integer('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => awardApplications.id, { onDelete: 'cascade' }),
    outcome: text('outcome', { enum: applicationDecisionOutcomes }).notNull(),
    note: text('note').notNull().default(''),
    decidedById: integer('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('application_decisions_application_idx').on(t.applicationId, t.decidedAt)],
);

/**
 * One reviewer's view of one application: first the declaration of a conflict of interest, then,
 * only without one, a score of 1–5 per criterion (in the call's order).
 */
export const applicationReviews = sqliteTable(
  'application_reviews',
  {
    id: integer('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => awardApplications.id, { onDelete: 'cascade' }),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    hasConflict: integer('has_conflict', { mode: 'boolean' }).notNull(),
    declaredAt: integer('declared_at', { mode: 'timestamp_ms' }).notNull(),
    scores: text('scores', { mode: 'json' }).$type<number[]>(),
    note: text('note').notNull().default(''),
    scoredAt: integer('scored_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('application_reviews_reviewer_idx').on(t.applicationId, t.reviewerId)],
);

/** The yearly reminder to update a profile, sent once per honour and year. */
export const honourReminders = sqliteTable(
  'honour_reminders',
  {
    honourId: integer('honour_id')
      .notNull()
      .references(() => honours.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('honour_reminders_year_idx').on(t.honourId, t.year)],
);

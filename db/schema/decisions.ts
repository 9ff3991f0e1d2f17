import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { talents } from './talents';
import { users } from './users';

/** What an officer decides on: the queues of the workspace. */
export const decisionSubjects = ['claim', 'profile', 'achievement', 'employer', 'correction'] as const;
export type DecisionSubject = (typeof decisionSubjects)[number];

/**
 * What was decided. `verified` and `approved` accept; `refused` and `rejected` close the request with
 * a reason; `returned` sends it back to its author with a note, to be corrected and sent again.
 */
export const decisionOutcomes = ['verified', 'refused', 'returned', 'approved', 'rejected'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/**
 * Every officer's decision, written by one module (src/lib/server/officers/decisions.ts) in the
 * transaction that applies it: who decided what, when and why. The talent's account reads its
 * requests' status from here, and an undo marks the row rather than deleting it.
 */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey(),
    subject: text('subject', { enum: decisionSubjects }).notNull(),
    /** The claim's, talent's, achievement's or correction's id, or the employer's user id. */
    subjectId: integer('subject_id').notNull(),
    /** The talent the decision concerns (none for an employer). */
    talentId: integer('talent_id').references(() => talents.id, { onDelete: 'cascade' }),
    /** The account told of the decision: the talent's owner, the claimant or the employer. */
    recipientId: integer('recipient_id').references(() => users.id, { onDelete: 'set null' }),
    outcome: text('outcome', { enum: decisionOutcomes }).notNull(),
    /** The reason for a refusal or the note with a return, as the officer wrote it; empty otherwise. */
    reason: text('reason').notNull().default(''),
    decidedById: integer('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
    undoneAt: integer('undone_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('decisions_subject_idx').on(t.subject, t.subjectId, t.decidedAt),
    index('decisions_talent_idx').on(t.talentId, t.decidedAt),
    index('decisions_recipient_idx').on(t.recipientId, t.decidedAt),
  ],
);

export type Decision = typeof decisions.$inferSelect;

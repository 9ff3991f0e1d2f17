import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** What the audit log records, as `domain.verb`: the admins' page filters and names each. */
export const auditActions = [
  'decision.verified',
  'decision.refused',
  'decision.returned',
  'decision.approved',
  'decision.rejected',
  'decision.undone',
  'officer.appoint',
  'account.disable',
  'unit.create',
  'unit.merge',
  'unit.split',
  'unit.rename',
  'unit.move',
  'talent.moveUnit',
  'talent.create',
  'talent.update',
  'talent.merge',
  'talent.import',
  'achievement.create',
  'evidence.add',
  'activity.create',
  'activity.update',
  'activity.addParticipants',
  'activity.importAttendance',
  'activity.removeParticipant',
  'proposal.create',
  'proposal.answer',
  'training.create',
  'training.attendance',
  'officer.talentWorkLead',
  'club.create',
  'club.approve',
  'club.decline',
  'club.member',
  'club.moderator',
  'club.cover',
  'meetup.create',
  'meetup.update',
  'meetup.cancel',
  'thread.flag',
  'thread.move',
  'post.hide',
  'report.handle',
  'request.forward',
  'request.refuse',
  'youthPopulation.set',
  'award.nominate',
  'award.declareConflict',
  'award.score',
  'award.shortlist',
  'award.reject',
  'award.accept',
  'honour.revoke',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * Every change an officer or an admin makes, written by one function (src/lib/server/audit) in the
 * change's own transaction: who, when, what, and the values before and after (secrets stripped).
 * No foreign keys: an account or a record may be erased later, its history stays. `searchText` is
 * the folded actor, subject and action, indexed in `audit_search` (FTS5, rowid = id).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    actorId: integer('actor_id'),
    /** The actor's name when they acted, so the log reads the same after a rename or an erasure. */
    actorName: text('actor_name').notNull(),
    /** What was done, as `domain.verb`, e.g. `decision.refused`, `talent.merge`, `unit.rename`. */
    action: text('action', { enum: auditActions }).notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id'),
    /** What the subject was called when it changed (a talent's name, a unit's name). */
    subjectLabel: text('subject_label').notNull().default(''),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // The log reads newest first (by id, the order of recording): one index per filter keeps each
    // page a short walk whatever the log's size.
    index('audit_log_action_idx').on(t.action, t.id),
    index('audit_log_occurred_idx').on(t.occurredAt, t.id),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId, t.id),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;

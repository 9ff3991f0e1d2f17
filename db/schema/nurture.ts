import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { talents } from './talents';
import { units } from './units';
import { users } from './users';

/**
 * The kinds of nurturing activity the provincial plan names. `civic_trip` counts as civic education
 * and `conference`, `forum`, `startup` as inspiration in the per-unit yearly target.
 */
export const activityKinds = [
  'civic_trip',
  'training',
  'mentoring',
  'community',
  'forum',
  'startup',
  'conference',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const participantRoles = ['attendee', 'speaker', 'mentor', 'organiser'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** A nurturing activity a unit held on a day, at a place. */
export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: activityKinds }).notNull(),
    title: text('title').notNull(),
    /** ISO date (YYYY-MM-DD) in An Giang time; the year is the plan's reporting year. */
    heldOn: text('held_on').notNull(),
    /**
     * Start and end time (HH:MM, An Giang time) on `heldOn`; null: the whole day. A check-in by QR code
     * is accepted from an hour before the start to an hour after the end.
     */
    startsAt: text('starts_at'),
    endsAt: text('ends_at'),
    place: text('place').notNull().default(''),
    description: text('description').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('activities_held_on_idx').on(t.heldOn),
    index('activities_unit_held_on_idx').on(t.unitId, t.heldOn),
  ],
);

export const activityParticipants = sqliteTable(
  'activity_participants',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    role: text('role', { enum: participantRoles }).notNull().default('attendee'),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.talentId] }),
    index('activity_participants_talent_idx').on(t.talentId, t.activityId),
  ],
);

/** Received, being answered, answered, and done (the answer was carried out or the matter closed). */
export const proposalStatuses = ['received', 'answering', 'answered', 'done'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A talent's proposal at a forum or dialogue, with the answer the leaders gave. */
export const dialogueProposals = sqliteTable(
  'dialogue_proposals',
  {
    id: integer('id').primaryKey(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    talentId: integer('talent_id').references(() => talents.id, { onDelete: 'set null' }),
    proposal: text('proposal').notNull(),
    answer: text('answer').notNull().default(''),
    /** Who gave the answer (a leader's name and office, as said at the dialogue). */
    answeredBy: text('answered_by').notNull().default(''),
    status: text('status', { enum: proposalStatuses }).notNull().default('received'),
  },
  (t) => [
    index('dialogue_proposals_activity_idx').on(t.activityId),
    index('dialogue_proposals_talent_idx').on(t.talentId),
  ],
);

/** A training on talent work held for Youth Union officers. */
export const officerTrainings = sqliteTable(
  'officer_trainings',
  {
    id: integer('id').primaryKey(),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    unitId: integer('unit_id').references(() => units.id),
  },
  (t) => [index('officer_trainings_held_on_idx').on(t.heldOn)],
);

export const officerTrainingAttendance = sqliteTable(
  'officer_training_attendance',
  {
    trainingId: integer('training_id')
      .notNull()
      .references(() => officerTrainings.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.userId] }),
    index('officer_training_attendance_user_idx').on(t.userId),
  ],
);

/** The officers a unit puts in charge of talent work (the plan asks that all of them be trained). */
export const talentWorkLeads = sqliteTable(
  'talent_work_leads',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.userId] })],
);

export type Activity = typeof activities.$inferSelect;
export type DialogueProposal = typeof dialogueProposals.$inferSelect;
export type ActivityParticipant = typeof activityParticipants.$inferSelect;

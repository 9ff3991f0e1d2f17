import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reviewStates } from './review';
import { talents } from './talents';
import { users } from './users';

/** Award levels from narrowest to widest; the order ranks a talent's highest achievement. */
export const achievementLevels = ['school', 'unit', 'provincial', 'national', 'international'] as const;
export type AchievementLevel = (typeof achievementLevels)[number];

export const achievements = sqliteTable(
  'achievements',
  {
    id: integer('id').primaryKey(),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    awardName: text('award_name').notNull(),
    level: text('level', { enum: achievementLevels }).notNull(),
    /** The rank or result as awarded, e.g. "Giải Nhất", "Huy chương Bạc". */
    rank: text('rank').notNull().default(''),
    year: integer('year').notNull(),
    issuingBody: text('issuing_body').notNull().default(''),
    evidenceUrl: text('evidence_url'),
    /** Where the achievement stands while unverified (decisions.ts); only `waiting` is in the queue. */
    reviewState: text('review_state', { enum: reviewStates }).notNull().default('waiting'),
    verifiedById: integer('verified_by_id').references(() => users.id, { onDelete: 'set null' }),
    verifiedAt: integer('verified_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('achievements_talent_idx').on(t.talentId)],
);

export type Achievement = typeof achievements.$inferSelect;
export type NewAchievement = typeof achievements.$inferInsert;

/** The values of an achievement a talent types; a correction proposes them for a verified one. */
export type AchievementValues = Pick<
  NewAchievement,
  'title' | 'awardName' | 'level' | 'rank' | 'year' | 'issuingBody' | 'evidenceUrl'
>;

export const correctionStatuses = ['pending', 'approved', 'rejected'] as const;

/**
 * A talent asking to correct a verified achievement, the Youth Union's record: the values they
 * propose wait in the officers' corrections queue; approving writes them, verified by the officer.
 */
export const achievementCorrections = sqliteTable(
  'achievement_corrections',
  {
    id: integer('id').primaryKey(),
    achievementId: integer('achievement_id')
      .notNull()
      .references(() => achievements.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    proposed: text('proposed', { mode: 'json' }).$type<AchievementValues>().notNull(),
    message: text('message').notNull().default(''),
    status: text('status', { enum: correctionStatuses }).notNull().default('pending'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('achievement_corrections_achievement_idx').on(t.achievementId),
    index('achievement_corrections_user_idx').on(t.userId),
  ],
);

/**
 * A file backing an achievement (a certificate as PDF or image), checked by its content and stored
 * under a random name by src/lib/server/uploads/evidence.ts; only officers deciding on it read it.
 */
export const achievementEvidence = sqliteTable(
  'achievement_evidence',
  {
    id: integer('id').primaryKey(),
    achievementId: integer('achievement_id')
      .notNull()
      .references(() => achievements.id, { onDelete: 'cascade' }),
    /** The stored file's name (random, with the extension its content proved). */
    storedName: text('stored_name').notNull().unique(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    uploadedById: integer('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('achievement_evidence_achievement_idx').on(t.achievementId)],
);

export type AchievementEvidence = typeof achievementEvidence.$inferSelect;

import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { talents } from './talents';
import { users } from './users';

export const claimStatuses = ['pending', 'approved', 'rejected'] as const;

/** A signed-up talent asking to own an existing profile; an officer of its unit decides. */
export const talentClaims = sqliteTable(
  'talent_claims',
  {
    id: integer('id').primaryKey(),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    status: text('status', { enum: claimStatuses }).notNull().default('pending'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedById: integer('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('talent_claims_talent_idx').on(t.talentId),
    // A person's own claims: the profile pages ask whether one waits.
    index('talent_claims_user_idx').on(t.userId, t.status),
  ],
);

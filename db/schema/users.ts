import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { units } from './units';

export const userRoles = ['talent', 'employer', 'officer', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

/** People who sign in. Officers are bound to one unit; admins work for the whole province. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: userRoles }).notNull(),
  unitId: integer('unit_id').references(() => units.id),
  /** argon2id; null for accounts that cannot sign in with a password (seeded demo staff). */
  passwordHash: text('password_hash'),
  emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp_ms' }),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

export type User = typeof users.$inferSelect;

import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { talents } from './talents';

/** The province's own recognitions; `featured_young_face` is the yearly "Gương mặt trẻ tiêu biểu". */
export const honourKinds = ['featured_young_face', 'promising_young_face', 'other'] as const;
export type HonourKind = (typeof honourKinds)[number];

export const honours = sqliteTable(
  'honours',
  {
    id: integer('id').primaryKey(),
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: honourKinds }).notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    citation: text('citation').notNull().default(''),
    /** Provenance, for honours given through an award call: the decision that conferred it. */
    decisionNumber: text('decision_number'),
    issuedBy: text('issued_by'),
    /** The decision's day, YYYY-MM-DD; its anniversary is when the talent is reminded to update. */
    decidedOn: text('decided_on'),
    /** The article about the ceremony, when there is one. */
    ceremonyUrl: text('ceremony_url'),
    /** Set when the Youth Union withdraws the honour; a revoked honour no longer counts anywhere. */
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedReason: text('revoked_reason'),
    /** The admin who revoked it; no foreign key (a column added to a table cannot set one null on delete). */
    revokedById: integer('revoked_by_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('honours_year_idx').on(t.year),
    uniqueIndex('honours_talent_kind_year_idx').on(t.talentId, t.kind, t.year),
  ],
);

export type Honour = typeof honours.$inferSelect;
export type NewHonour = typeof honours.$inferInsert;

/**
 * What remains of a deleted account's choice to keep its honours on the roll (Law 91/2025/QH15
 * asks that a consent be provable): which profile was kept, when, and the version of the text the
 * person agreed to. Nothing else about the person is kept.
 */
export const keptHonourChoices = sqliteTable('kept_honour_choices', {
  id: integer('id').primaryKey(),
  talentId: integer('talent_id')
    .notNull()
    .references(() => talents.id, { onDelete: 'cascade' }),
  textVersion: text('text_version').notNull(),
  chosenAt: integer('chosen_at', { mode: 'timestamp_ms' }).notNull(),
});

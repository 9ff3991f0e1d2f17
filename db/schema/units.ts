import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Organisational units as a tree: the provincial Youth Union at the root, then city, town and district
 * unions and directly-attached unions. Units are data, not code: the 2025 reorganisation of local
 * government replaced districts, so officers edit the tree and keep old names in `formerNames`.
 */
export const units = sqliteTable('units', {
  id: integer('id').primaryKey(),
  parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', {
    enum: ['province', 'city', 'town', 'district', 'commune', 'direct'],
  }).notNull(),
  formerNames: text('former_names', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export type Unit = typeof units.$inferSelect;
export type UnitKind = Unit['kind'];

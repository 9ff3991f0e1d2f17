import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Fields of talent (lĩnh vực); seeded, editable by officers, named in both site languages. */
export const fields = sqliteTable('fields', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export type Field = typeof fields.$inferSelect;

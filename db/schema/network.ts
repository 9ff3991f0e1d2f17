import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { honourKinds } from './honours';

/**
 * The public network: talents listed and shown to everyone, with their honours, and counts over
 * them. Derived data, kept current in the same transaction as every change to a talent
 * (`syncNetwork`), so that public pages read a few indexed rows instead of counting the register on
 * every request. No foreign keys: a talent deleted for privacy leaves it in the same transaction.
 */
export const networkTalents = sqliteTable('network_talents', {
  talentId: integer('talent_id').primaryKey(),
  unitId: integer('unit_id').notNull(),
});

/** Every honour of a talent in the network, with the talent's name key for lists in name order. */
export const networkHonours = sqliteTable(
  'network_honours',
  {
    honourId: integer('honour_id').primaryKey(),
    talentId: integer('talent_id').notNull(),
    kind: text('kind', { enum: honourKinds }).notNull(),
    year: integer('year').notNull(),
    /** `vietnameseNameKey(fullName)`: its plain order is Vietnamese list order. */
    nameKey: text('name_key').notNull(),
  },
  (t) => [
    index('network_honours_year_kind_name_idx').on(t.year, t.kind, t.nameKey),
    index('network_honours_kind_year_idx').on(t.kind, t.year),
    index('network_honours_talent_idx').on(t.talentId),
  ],
);

/**
 * Counts over the network, one row per counted thing: (`talents`, ''), (`honours`, ''),
 * (`unit`, unit id), (`honourYear`, year) = honours of that year, (`honourYearKind`,
 * `year:kind`) = honours of that kind that year. Rows that drop to 0 stay; readers skip them.
 */
export const networkCounts = sqliteTable(
  'network_counts',
  {
    name: text('name').notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.value] })],
);

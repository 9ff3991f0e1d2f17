import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The kinds of unit. Since 1 July 2025 (Resolution 1654/NQ-UBTVQH15) the local tier is the commune,
 * ward and special-zone Youth Union directly under Tỉnh Đoàn; city, town and district unions existed
 * until 30 June 2025 and stay only as history. Schools, sectors and forces sit directly under Tỉnh
 * Đoàn; `direct` is any other directly attached union.
 */
export const unitKinds = [
  'province',
  'commune',
  'ward',
  'special_zone',
  'school',
  'sector',
  'direct',
  'city',
  'town',
  'district',
] as const;

/**
 * Organisational units as a tree: the provincial Youth Union at the root, the units under it. Units
 * are data, not code: officers merge, split, rename and move them, and a unit that ceased to exist is
 * kept (inactive, with `validTo` and its `successorId`) so old records stay valid and counts follow.
 */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: unitKinds }).notNull(),
    formerNames: text('former_names', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** First and last day (YYYY-MM-DD) the unit existed; null when unknown or still existing. */
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    /** The unit that took over this one's members when it was merged or dissolved. */
    successorId: integer('successor_id').references((): AnySQLiteColumn => units.id),
  },
  (t) => [index('units_parent_idx').on(t.parentId), index('units_successor_idx').on(t.successorId)],
);

export type Unit = typeof units.$inferSelect;
export type UnitKind = Unit['kind'];

export const unitEventKinds = ['create', 'merge', 'split', 'rename', 'move', 'talent_move'] as const;
export type UnitEventKind = (typeof unitEventKinds)[number];

/**
 * The history of the tree: every restructuring and every talent moved between units, with who did
 * it and what changed (`detail` holds the before and after), written in the change's transaction.
 */
export const unitEvents = sqliteTable(
  'unit_events',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: unitEventKinds }).notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** The other unit: the merge target, the new unit of a split, the new parent, a talent's new unit. */
    otherUnitId: integer('other_unit_id').references(() => units.id),
    /** The talent moved (talent_move only); no foreign key so a later erasure keeps the event. */
    talentId: integer('talent_id'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** No foreign key for the same reason: the account may be deleted, the history stays. */
    actorId: integer('actor_id'),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('unit_events_unit_idx').on(t.unitId, t.occurredAt),
    index('unit_events_talent_idx').on(t.talentId),
  ],
);

export type UnitEvent = typeof unitEvents.$inferSelect;

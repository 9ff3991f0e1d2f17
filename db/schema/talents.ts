import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reviewStates } from './review';
import { fields } from './fields';
import { units } from './units';
import { users } from './users';

export const talentStatuses = ['draft', 'verified', 'honoured'] as const;
export type TalentStatus = (typeof talentStatuses)[number];

export const placeKinds = ['in_province', 'elsewhere_vn', 'abroad'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const genders = ['female', 'male', 'other'] as const;
export type Gender = (typeof genders)[number];

/** Who may see a part of a profile, from widest to narrowest. */
export const audiences = ['public', 'members', 'employers', 'private'] as const;
export type Audience = (typeof audiences)[number];

/** The parts of a profile whose audience the talent chooses; `profile` lists the profile at all. */
export const profileParts = [
  'profile',
  'photo',
  'birthYear',
  'gender',
  'place',
  'fields',
  'bio',
  'links',
  'achievements',
  'activities',
  'contactEmail',
] as const;
export type ProfilePart = (typeof profileParts)[number];
export type ProfileVisibility = Record<ProfilePart, Audience>;

export interface TalentLink {
  label: string;
  url: string;
}

export const talents = sqliteTable(
  'talents',
  {
    id: integer('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    fullName: text('full_name').notNull(),
    birthYear: integer('birth_year').notNull(),
    /** The year the Youth Union first recorded the talent; the plan's age rule applies to it. */
    discoveredYear: integer('discovered_year').notNull(),
    gender: text('gender', { enum: genders }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    placeKind: text('place_kind', { enum: placeKinds }).notNull().default('in_province'),
    /** Town or province when elsewhere in Viet Nam, city when abroad. */
    placeName: text('place_name'),
    /** ISO 3166-1 alpha-2 code, only when abroad. */
    placeCountry: text('place_country'),
    shortBio: text('short_bio').notNull().default(''),
    longBio: text('long_bio').notNull().default(''),
    photoPath: text('photo_path'),
    links: text('links', { mode: 'json' })
      .$type<TalentLink[]>()
      .notNull()
      .default(sql`'[]'`),
    contactEmail: text('contact_email'),
    openToOpportunities: integer('open_to_opportunities', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: talentStatuses }).notNull().default('draft'),
    /** Where a draft stands (decisions.ts); only a `waiting` draft is in the officers' queue. */
    reviewState: text('review_state', { enum: reviewStates }).notNull().default('waiting'),
    visibility: text('visibility', { mode: 'json' }).$type<ProfileVisibility>().notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Set when an officer merged this duplicate into another record: its achievements, honours and
     * activities moved there, it is listed nowhere, and its address redirects to the survivor.
     */
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => talents.id),
    /**
     * When the talent agreed that the Youth Union may send their profile to the national young-talent
     * database (null: not agreed, the default). Only then does the national export include them.
     */
    sharedWithYouthUnionAt: integer('shared_with_youth_union_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('talents_unit_idx').on(t.unitId),
    index('talents_status_idx').on(t.status),
    index('talents_user_idx').on(t.userId),
    index('talents_photo_idx').on(t.photoPath),
    index('talents_merged_into_idx').on(t.mergedIntoId),
    // What the queues' entries copy of a talent (unit, birth year) and what the records search sorts
    // its matches by, in a narrow index: reading it for each of 60,000 waiting achievements took a
    // sixteenth of the time that reading the talents' wide rows did.
    index('talents_reach_idx').on(t.id, t.unitId, t.birthYear, t.mergedIntoId, t.fullName),
  ],
);

export const talentFields = sqliteTable(
  'talent_fields',
  {
    talentId: integer('talent_id')
      .notNull()
      .references(() => talents.id, { onDelete: 'cascade' }),
    fieldId: integer('field_id')
      .notNull()
      .references(() => fields.id),
  },
  (t) => [primaryKey({ columns: [t.talentId, t.fieldId] }), index('talent_fields_field_idx').on(t.fieldId)],
);

export type Talent = typeof talents.$inferSelect;
export type NewTalent = typeof talents.$inferInsert;

/**
 * Where each officers' queue reads its waiting items: the tables joined, the condition of waiting
 * with the filters and the actor's reach, and how a row reads as an item. Each queue reads through
 * a partial index holding only its waiting rows (with the talent or unit beside each, so a count
 * reads the index alone and joins a talent only when a filter or the officer's reach asks about
 * it); the achievements' queue, longer than a unit, can also be read talents first.
 */
import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '@db/client';
import {
  achievementCorrections,
  achievements,
  employers,
  talentClaims,
  talentFields,
  talents,
  units,
  users,
} from '@db/schema';
import { talentNameMatches } from '@/lib/server/fts';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { ageBands, type QueueFilters, type QueueName } from './queue-filters';
import { managedTalents, unitSubtree } from './scope';

/** One waiting item as a queue lists it. */
export interface QueueItem {
  id: number;
  /** The achievement's title, the talent's or organisation's name. */
  title: string;
  talentName: string | null;
  unitName: string | null;
  /** A short line of what the queue shows besides: level and year, claimant, registration number. */
  detail: string;
  /** An achievement's level, a draft's origin. */
  kind: string | null;
  waitingSince: Date;
}

const DAY_MS = 86_400_000;

/** The conditions on the talent behind an item, from the filters and the actor's reach. */
function talentConditions(staff: Actor, filters: QueueFilters): SQL[] {
  const year = clock.currentYear();
  const band = filters.age ? ageBands[filters.age] : null;
  const conditions = [
    managedTalents(staff),
    filters.unitId ? sql`+${talents.unitId} IN ${unitSubtree(filters.unitId)}` : undefined,
    filters.fieldId
      ? sql`EXISTS (SELECT 1 FROM ${talentFields} WHERE ${talentFields.talentId} = ${talents.id} AND ${talentFields.fieldId} = ${filters.fieldId})`
      : undefined,
    band ? sql`${talents.birthYear} BETWEEN ${year - band[1]} AND ${year - band[0]}` : undefined,
  ];
  return conditions.filter((condition) => condition !== undefined);
}

/**
 * The select a queue reads through. Each source joins its own tables, so Drizzle's builder types
 * differ per source; the queue needs only these steps, and rows come back as plain records.
 */
export interface QueueSelect extends PromiseLike<Record<string, unknown>[]> {
  where(where: SQL | undefined): QueueSelect;
  orderBy(...columns: SQL[]): QueueSelect;
  limit(limit: number): QueueSelect;
  offset(offset: number): QueueSelect;
}

type Fields = Record<string, SQLiteColumn | SQL.Aliased | SQL>;

/**
 * A queue's source: its rows joined to what they show, the condition of waiting (filters and the
 * actor's reach included), and how an item reads. Each source maps its own row.
 */
export interface QueueSource {
  from(db: Database, fields: Fields): QueueSelect;
  /** The same rows for a count: joined to their talent only when `where` asks about it. */
  counted(db: Database, fields: Fields): QueueSelect;
  where: SQL | undefined;
  /** The same rows read from their talents' side, when a filter names talents an index holds. */
  talentsFirst?: TalentsFirst;
  /** The items whose talent's name matches `q`; absent where no talent is behind an item. */
  nameMatches?: (q: string) => SQL | null;
  createdAt: SQLiteColumn;
  id: SQLiteColumn;
  /** The name a search folded in the server looks in (sources without `nameMatches`). */
  name: SQLiteColumn;
  fields: Record<string, SQLiteColumn>;
  toItem: (row: Record<string, never>) => QueueItem;
}

/**
 * A queue's rows read talents first: the talents of a unit or a field through their index, then
 * each one's waiting items through the queue's index by talent. For a queue that holds more items
 * than a unit has talents (achievements: 65,000 waiting at 100,000 talents), a count filtered by
 * unit and field read the whole queue in 190 ms this way round and 5 ms that way.
 */
interface TalentsFirst {
  /**
   * The rows, talents CROSS JOIN items (which SQLite never turns round); `fields` in `sql`, as
   * Drizzle knows no table of a raw FROM: a count, or the ids of a page.
   */
  select(db: Database, fields: Record<string, SQL | SQL.Aliased>): QueueSelect;
  /** The join's condition and the one that picks the talents through an index. */
  where: SQL;
}

/**
 * Where the talents a filter names are read from, and how: the unit's (asked for, or the officer's
 * own) through `talents_unit_idx`, else the field's through `talent_fields_field_idx`. Null when no
 * filter names a unit or a field. `INDEXED BY`, because with the statistics of a small register
 * the planner read every talent instead.
 */
function talentsOfFilter(staff: Actor, filters: QueueFilters): { from: SQL; where: SQL } | null {
  const unitId = filters.unitId ?? (staff.role === 'admin' ? null : staff.unitId);
  if (unitId !== null)
    return {
      from: sql`${talents} INDEXED BY "talents_unit_idx"`,
      where: sql`${talents.unitId} IN ${unitSubtree(unitId)}`,
    };
  if (filters.fieldId)
    return {
      from: sql`${talentFields} INDEXED BY "talent_fields_field_idx" CROSS JOIN ${talents}`,
      where: sql`${talentFields.fieldId} = ${filters.fieldId} AND ${talents.id} = ${talentFields.talentId}`,
    };
  return null;
}

const olderThan = (column: SQLiteColumn, filters: QueueFilters) =>
  filters.waitingDays
    ? lt(column, new Date(clock.now().getTime() - filters.waitingDays * DAY_MS))
    : undefined;

/** A count's rows of `table`, joined to their talent (through `talentId`) only when `onTalent` asks. */
function countedWithTalent(
  table: typeof achievements | typeof talentClaims,
  talentId: SQLiteColumn,
  onTalent: SQL[],
): QueueSource['counted'] {
  return (db, fields) => {
    const rows = db.select(fields).from(table).$dynamic();
    return onTalent.length ? rows.innerJoin(talents, eq(talents.id, talentId)) : rows;
  };
}

function achievementSource(staff: Actor, filters: QueueFilters): QueueSource {
  const onTalent = talentConditions(staff, filters);
  const picked = talentsOfFilter(staff, filters);
  return {
    talentsFirst: picked
      ? {
          select: (db, fields) => db.select(fields).from(picked.from).crossJoin(achievements).$dynamic(),
          where: and(eq(achievements.talentId, talents.id), picked.where)!,
        }
      : undefined,
    from: (db, fields) =>
      db
        .select(fields)
        .from(achievements)
        .innerJoin(talents, eq(talents.id, achievements.talentId))
        .innerJoin(units, eq(units.id, talents.unitId))
        .$dynamic(),
    counted: countedWithTalent(achievements, achievements.talentId, onTalent),
    where: and(
      sql`${achievements.verifiedAt} IS NULL AND ${achievements.reviewState} = 'waiting'`,
      filters.kind ? sql`${achievements.level} = ${filters.kind}` : undefined,
      olderThan(achievements.createdAt, filters),
      ...onTalent,
    ),
    nameMatches: (q) => talentNameMatches(q, sql`+${achievements.talentId}`),
    createdAt: achievements.createdAt,
    id: achievements.id,
    name: talents.fullName,
    fields: {
      id: achievements.id,
      title: achievements.title,
      talentName: talents.fullName,
      unitName: units.name,
      kind: achievements.level,
      year: achievements.year,
      awardName: achievements.awardName,
      waitingSince: achievements.createdAt,
    },
    toItem: (r) => ({ ...(r as unknown as QueueItem), detail: `${r['awardName']} · ${r['year']}` }),
  };
}

function profileSource(staff: Actor, filters: QueueFilters): QueueSource {
  return {
    from: (db, fields) =>
      db.select(fields).from(talents).innerJoin(units, eq(units.id, talents.unitId)).$dynamic(),
    counted: (db, fields) => db.select(fields).from(talents).$dynamic(),
    where: and(
      sql`${talents.status} = 'draft' AND ${talents.reviewState} = 'waiting'`,
      filters.kind === 'owned' ? sql`${talents.userId} IS NOT NULL` : undefined,
      filters.kind === 'recorded' ? sql`${talents.userId} IS NULL` : undefined,
      olderThan(talents.createdAt, filters),
      ...talentConditions(staff, filters),
    ),
    nameMatches: (q) => talentNameMatches(q, sql`+${talents.id}`),
    createdAt: talents.createdAt,
    id: talents.id,
    name: talents.fullName,
    fields: {
      id: talents.id,
      title: talents.fullName,
      unitName: units.name,
      birthYear: talents.birthYear,
      userId: talents.userId,
      waitingSince: talents.createdAt,
    },
    toItem: (r) => ({
      ...(r as unknown as QueueItem),
      talentName: null,
      kind: r['userId'] === null ? 'recorded' : 'owned',
      detail: String(r['birthYear']),
    }),
  };
}

function claimSource(staff: Actor, filters: QueueFilters): QueueSource {
  const onTalent = talentConditions(staff, filters);
  return {
    from: (db, fields) =>
      db
        .select(fields)
        .from(talentClaims)
        .innerJoin(talents, eq(talents.id, talentClaims.talentId))
        .innerJoin(units, eq(units.id, talents.unitId))
        .innerJoin(users, eq(users.id, talentClaims.userId))
        .$dynamic(),
    counted: countedWithTalent(talentClaims, talentClaims.talentId, onTalent),
    where: and(
      sql`${talentClaims.status} = 'pending'`,
      olderThan(talentClaims.createdAt, filters),
      ...onTalent,
    ),
    nameMatches: (q) => talentNameMatches(q, sql`+${talentClaims.talentId}`),
    createdAt: talentClaims.createdAt,
    id: talentClaims.id,
    name: talents.fullName,
    fields: {
      id: talentClaims.id,
      title: talents.fullName,
      unitName: units.name,
      claimant: users.displayName,
      email: users.email,
      waitingSince: talentClaims.createdAt,
    },
    toItem: (r) => ({
      ...(r as unknown as QueueItem),
      talentName: null,
      kind: null,
      detail: `${r['claimant']} <${r['email']}>`,
    }),
  };
}

function correctionSource(staff: Actor, filters: QueueFilters): QueueSource {
  const onTalent = talentConditions(staff, filters);
  return {
    from: (db, fields) =>
      db
        .select(fields)
        .from(achievementCorrections)
        .innerJoin(achievements, eq(achievements.id, achievementCorrections.achievementId))
        .innerJoin(talents, eq(talents.id, achievements.talentId))
        .innerJoin(units, eq(units.id, talents.unitId))
        .$dynamic(),
    counted: (db, fields) => {
      const counted = db
        .select(fields)
        .from(achievementCorrections)
        .innerJoin(achievements, eq(achievements.id, achievementCorrections.achievementId))
        .$dynamic();
      return onTalent.length ? counted.innerJoin(talents, eq(talents.id, achievements.talentId)) : counted;
    },
    where: and(
      sql`${achievementCorrections.status} = 'pending'`,
      olderThan(achievementCorrections.createdAt, filters),
      ...onTalent,
    ),
    nameMatches: (q) => talentNameMatches(q, sql`+${achievements.talentId}`),
    createdAt: achievementCorrections.createdAt,
    id: achievementCorrections.id,
    name: talents.fullName,
    fields: {
      id: achievementCorrections.id,
      title: achievements.title,
      talentName: talents.fullName,
      unitName: units.name,
      proposed: achievementCorrections.proposed,
      waitingSince: achievementCorrections.createdAt,
    },
    toItem: (r) => {
      const proposed = r['proposed'] as unknown as { title: string; year: number };
      return { ...(r as unknown as QueueItem), kind: null, detail: `→ ${proposed.title} · ${proposed.year}` };
    },
  };
}

/** Employers belong to no unit: every officer sees the whole queue, and talent filters do not apply. */
function employerSource(_staff: Actor, filters: QueueFilters): QueueSource {
  return {
    from: (db, fields) =>
      db.select(fields).from(employers).innerJoin(users, eq(users.id, employers.userId)).$dynamic(),
    counted: (db, fields) =>
      db.select(fields).from(employers).innerJoin(users, eq(users.id, employers.userId)).$dynamic(),
    where: and(
      sql`${employers.verifiedAt} IS NULL AND ${employers.reviewState} = 'waiting'`,
      sql`${users.disabledAt} IS NULL AND ${users.emailVerifiedAt} IS NOT NULL`,
      olderThan(users.createdAt, filters),
    ),
    createdAt: users.createdAt,
    id: employers.userId,
    name: employers.organisationName,
    fields: {
      id: employers.userId,
      title: employers.organisationName,
      registrationNumber: employers.registrationNumber,
      contactPerson: employers.contactPerson,
      waitingSince: users.createdAt,
    },
    toItem: (r) => ({
      ...(r as unknown as QueueItem),
      talentName: null,
      unitName: null,
      kind: null,
      detail: `${r['registrationNumber']} · ${r['contactPerson']}`,
    }),
  };
}

/** Each queue's source, for `staff` under `filters`. */
export const queueSources = {
  claims: claimSource,
  profiles: profileSource,
  achievements: achievementSource,
  corrections: correctionSource,
  employers: employerSource,
} satisfies Record<QueueName, (staff: Actor, filters: QueueFilters) => QueueSource>;

/**
 * The officers' queues: what waits for a decision, filtered, searched and paged, with a true count.
 * Each queue reads through a partial index holding only its waiting rows (with the talent or unit
 * beside each, so a count reads the index alone and joins a talent only when a filter or the
 * officer's reach asks about it): its cost follows the queue's length, not the register's. A name
 * search reads the talents' name index (`talentNameMatches`); the employers' queue, which no talent
 * is in and which grows with the employers only, folds its names in the server.
 */
import { and, asc, count, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '@db/client';
import {
  achievementCorrections,
  achievements,
  employers,
  queueTallies,
  talentClaims,
  type talliedQueues,
  talentFields,
  talents,
  units,
  users,
} from '@db/schema';
import { foldVietnamese } from '@/lib/vietnamese';
import { talentNameMatches } from '@/lib/server/fts';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { ageBands, type QueueFilters, type QueueName } from './queue-filters';
import { managedTalents, requireStaff, unitSubtree } from './scope';

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

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  totalPages: number;
}

export const QUEUE_PAGE_SIZE = 25;
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
interface QueueSelect extends PromiseLike<Record<string, unknown>[]> {
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
interface QueueSource {
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

/** At most this many matches are listed talents first and sorted; more are found by walking the queue in order. */
const SORTED_AT_MOST = 2_000;

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

/** How many items of `source` meet `where`: talents first when the source can. */
async function countOf(db: Database, source: QueueSource, where: SQL | undefined): Promise<number> {
  const first = source.talentsFirst;
  const rows = first
    ? first.select(db, { n: count() }).where(and(where, first.where))
    : source.counted(db, { n: count() }).where(where);
  const [row] = (await rows) as { n: number }[];
  return row?.n ?? 0;
}

/** Whether `filters` ask for nothing but a unit: such a count sums the queue's tallies. */
const onlyByUnit = (filters: QueueFilters) =>
  !filters.fieldId && !filters.kind && !filters.age && !filters.waitingDays && !filters.q;

/**
 * The number of items waiting in `queue` for `staff`, under a unit filter or none, from the
 * tallies the triggers keep (db/schema/queue-tallies.ts): a row per unit, whatever the queue holds.
 */
async function talliedCount(
  db: Database,
  staff: Actor,
  queue: (typeof talliedQueues)[number],
  unitId: number | null,
): Promise<number> {
  if (staff.role !== 'admin' && staff.unitId === null) return 0;
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${queueTallies.count}), 0)` })
    .from(queueTallies)
    .where(
      and(
        eq(queueTallies.queue, queue),
        staff.role === 'admin' ? undefined : inArray(queueTallies.unitId, unitSubtree(staff.unitId!)),
        unitId ? inArray(queueTallies.unitId, unitSubtree(unitId)) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/** The true count of `queue`'s `source` under `filters`: from the tallies when they can answer. */
function queueCount(
  db: Database,
  staff: Actor,
  queue: QueueName,
  source: QueueSource,
  filters: QueueFilters,
) {
  return queue !== 'employers' && onlyByUnit(filters)
    ? talliedCount(db, staff, queue, filters.unitId)
    : countOf(db, source, source.where);
}

const sources = {
  claims: claimSource,
  profiles: profileSource,
  achievements: achievementSource,
  corrections: correctionSource,
  employers: employerSource,
} satisfies Record<QueueName, (staff: Actor, filters: QueueFilters) => QueueSource>;

/**
 * One page of a queue as `actor` may see it, with the true number of items matching the filters.
 * @returns null when the page is past the last one (the caller answers 404)
 * @throws ForbiddenError unless the actor is staff
 */
export async function listQueue(
  db: Database,
  actor: Actor,
  queue: QueueName,
  filters: QueueFilters,
): Promise<QueuePage | null> {
  const staff = requireStaff(actor);
  const source = sources[queue](staff, filters);
  const order =
    filters.order === 'newest'
      ? [desc(source.createdAt), desc(source.id)]
      : [asc(source.createdAt), asc(source.id)];
  const read = async (where: SQL | undefined, offset: number, total: number): Promise<QueueItem[]> => {
    const first = total <= SORTED_AT_MOST ? source.talentsFirst : undefined;
    if (first) {
      // The page's ids talents first and sorted, then the rows of these ids (checked already).
      const page = (await first
        .select(db, { id: sql<number>`${source.id}` })
        .where(and(where, first.where))
        .orderBy(...order)
        .limit(QUEUE_PAGE_SIZE)
        .offset(offset)) as { id: number }[];
      const ids = page.map((row) => row.id);
      return ids.length ? read(inArray(source.id, ids), 0, Infinity) : [];
    }
    const rows = await source
      .from(db, source.fields)
      .where(where)
      .orderBy(...order)
      .limit(QUEUE_PAGE_SIZE)
      .offset(offset);
    return (rows as Record<string, never>[]).map(source.toItem);
  };
  const offset = (filters.page - 1) * QUEUE_PAGE_SIZE;
  let total: number;
  let items: QueueItem[];
  const matches = filters.q && source.nameMatches ? source.nameMatches(filters.q) : undefined;
  if (filters.q && matches === undefined) {
    const needle = foldVietnamese(filters.q);
    const names = (await source.from(db, { id: source.id, name: source.name }).where(source.where)) as {
      id: number;
      name: string;
    }[];
    const ids = names.filter((n) => foldVietnamese(n.name).includes(needle)).map((n) => n.id);
    total = ids.length;
    const pageIds = ids.slice(offset, offset + QUEUE_PAGE_SIZE);
    items = pageIds.length ? await read(and(source.where, inArray(source.id, pageIds)), 0, Infinity) : [];
  } else {
    // A search without a word (only punctuation) matches nothing, as a fold would.
    const where = matches === null ? sql`0` : and(source.where, matches);
    total = filters.q
      ? await countOf(db, source, where)
      : await queueCount(db, staff, queue, source, filters);
    items = total ? await read(where, offset, total) : [];
  }
  const totalPages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  if (filters.page > totalPages) return null;
  return { items, total, page: filters.page, totalPages };
}

/** How many items wait in each queue for `actor`: the workspace's front page. */
export async function countQueues(db: Database, actor: Actor): Promise<Record<QueueName, number>> {
  const staff = requireStaff(actor);
  const none: QueueFilters = {
    unitId: null,
    fieldId: null,
    kind: null,
    age: null,
    waitingDays: null,
    q: '',
    order: 'oldest',
    page: 1,
  };
  const counts = await Promise.all(
    (Object.keys(sources) as QueueName[]).map(async (queue) => {
      return [queue, await queueCount(db, staff, queue, sources[queue](staff, none), none)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueName, number>;
}

/**
 * How each officers' queue reads its items: the tables joined for what a row shows, and how a row
 * reads as an item. Which items wait, under which filters and for whom, the talents' queues read
 * from `queue_entries` (queue-entries.ts) and join their items to them; the employers' queue,
 * which no talent is in, states its own condition here.
 */
import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '@db/client';
import {
  achievementCorrections,
  achievements,
  employers,
  queueEntries,
  talentClaims,
  talents,
  units,
  users,
  type talliedQueues,
} from '@db/schema';
import * as clock from '@/lib/server/clock';
import { searchExpression } from '@/lib/server/fts';

/** The queues whose items belong to a talent. */
export type TalentQueue = (typeof talliedQueues)[number];

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

/** A queue's rows joined to what they show, and how each reads as an item. */
export interface QueueSource {
  from(db: Database, fields: Fields): QueueSelect;
  fields: Record<string, SQLiteColumn>;
  toItem: (row: Record<string, never>) => QueueItem;
}

/**
 * A talents' queue: its rows are read from its entries, `queue_entries CROSS JOIN` the item's
 * table (which SQLite never turns round: with a small register's statistics it scanned the items
 * instead), on the condition `item`.
 */
export interface TalentQueueSource extends QueueSource {
  item: SQL;
}

const DAY_MS = 86_400_000;

/** Items that came more than `waitingDays` ago, when the filter asks. */
export const olderThan = (column: SQLiteColumn, waitingDays: number | null) =>
  waitingDays ? lt(column, new Date(clock.now().getTime() - waitingDays * DAY_MS)) : undefined;

const achievementSource: TalentQueueSource = {
  from: (db, fields) =>
    db
      .select(fields)
      .from(queueEntries)
      .crossJoin(achievements)
      .innerJoin(talents, eq(talents.id, achievements.talentId))
      .innerJoin(units, eq(units.id, talents.unitId))
      .$dynamic(),
  item: eq(achievements.id, queueEntries.itemId),
  fields: {
    id: achievements.id,
    title: achievements.title,
    talentName: talents.fullName,
    unitName: units.name,
    kind: achievements.level,
    year: achievements.year,
    awardName: achievements.awardName,
    waitingSince: queueEntries.waitingSince,
  },
  toItem: (r) => ({ ...(r as unknown as QueueItem), detail: `${r['awardName']} · ${r['year']}` }),
};

const profileSource: TalentQueueSource = {
  from: (db, fields) =>
    db
      .select(fields)
      .from(queueEntries)
      .crossJoin(talents)
      .innerJoin(units, eq(units.id, talents.unitId))
      .$dynamic(),
  item: eq(talents.id, queueEntries.itemId),
  fields: {
    id: talents.id,
    title: talents.fullName,
    unitName: units.name,
    birthYear: talents.birthYear,
    userId: talents.userId,
    waitingSince: queueEntries.waitingSince,
  },
  toItem: (r) => ({
    ...(r as unknown as QueueItem),
    talentName: null,
    kind: r['userId'] === null ? 'recorded' : 'owned',
    detail: String(r['birthYear']),
  }),
};

const claimSource: TalentQueueSource = {
  from: (db, fields) =>
    db
      .select(fields)
      .from(queueEntries)
      .crossJoin(talentClaims)
      .innerJoin(talents, eq(talents.id, talentClaims.talentId))
      .innerJoin(units, eq(units.id, talents.unitId))
      .innerJoin(users, eq(users.id, talentClaims.userId))
      .$dynamic(),
  item: eq(talentClaims.id, queueEntries.itemId),
  fields: {
    id: talentClaims.id,
    title: talents.fullName,
    unitName: units.name,
    claimant: users.displayName,
    email: users.email,
    waitingSince: queueEntries.waitingSince,
  },
  toItem: (r) => ({
    ...(r as unknown as QueueItem),
    talentName: null,
    kind: null,
    detail: `${r['claimant']} <${r['email']}>`,
  }),
};

const correctionSource: TalentQueueSource = {
  from: (db, fields) =>
    db
      .select(fields)
      .from(queueEntries)
      .crossJoin(achievementCorrections)
      .innerJoin(achievements, eq(achievements.id, achievementCorrections.achievementId))
      .innerJoin(talents, eq(talents.id, achievements.talentId))
      .innerJoin(units, eq(units.id, talents.unitId))
      .$dynamic(),
  item: eq(achievementCorrections.id, queueEntries.itemId),
  fields: {
    id: achievementCorrections.id,
    title: achievements.title,
    talentName: talents.fullName,
    unitName: units.name,
    proposed: achievementCorrections.proposed,
    waitingSince: queueEntries.waitingSince,
  },
  toItem: (r) => {
    const proposed = r['proposed'] as unknown as { title: string; year: number };
    return { ...(r as unknown as QueueItem), kind: null, detail: `→ ${proposed.title} · ${proposed.year}` };
  },
};

/** Employers belong to no unit: every officer sees the whole queue, and talent filters do not apply. */
export const employerSource: QueueSource & { createdAt: SQLiteColumn; id: SQLiteColumn } = {
  from: (db, fields) =>
    db.select(fields).from(employers).innerJoin(users, eq(users.id, employers.userId)).$dynamic(),
  createdAt: users.createdAt,
  id: employers.userId,
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

/**
 * The employers whose organisation name has a word starting with each word of `q`, whatever its
 * tone marks, through their name index (migration 0034); null when `q` has no word.
 */
export function employerNameMatches(q: string): SQL | null {
  const expression = searchExpression(q);
  return expression
    ? sql`${employers.userId} IN (SELECT rowid FROM employer_names WHERE employer_names MATCH ${expression})`
    : null;
}

/** The employers waiting for a decision, for longer than `waitingDays` when given. */
export const employersWaiting = (waitingDays: number | null): SQL | undefined =>
  and(
    sql`${employers.verifiedAt} IS NULL AND ${employers.reviewState} = 'waiting'`,
    sql`${users.disabledAt} IS NULL AND ${users.emailVerifiedAt} IS NOT NULL`,
    olderThan(users.createdAt, waitingDays),
  );

/** Each talents' queue's source. */
export const talentQueueSources = {
  claims: claimSource,
  profiles: profileSource,
  achievements: achievementSource,
  corrections: correctionSource,
} satisfies Record<TalentQueue, TalentQueueSource>;

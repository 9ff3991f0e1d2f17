/**
 * The audit log as admins read it: newest first, searchable (folded: "duc" finds "Đức") on actor,
 * subject and action, filtered by action and by day, a page at a time by keyset (`before` = the
 * last id shown), so a page costs the same on a log of millions of rows.
 */
import { and, asc, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type AuditAction, type AuditEntry, auditLog } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { searchExpression } from '@/lib/server/fts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  q?: string;
  action?: AuditAction;
  /** First and last day shown (YYYY-MM-DD, Viet Nam time), both included. */
  from?: string;
  to?: string;
  /** The id of the last entry of the previous page. */
  before?: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** The cursor of the next page, or null on the last one. */
  next: number | null;
}

/** Viet Nam keeps UTC+7 all year: a day there starts at 17:00 UTC the day before. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

/**
 * The ids recorded within the days of `filters`, as a range of ids: rows are written at the clock's
 * time, so ids follow time, and a range of ids keeps the newest-first walk on the primary key
 * (a range of times would read every row of the days, then sort them). Null when no row falls there.
 */
async function idRangeOfDays(db: Executor, filters: AuditFilters): Promise<SQL | undefined | null> {
  const bounds: SQL[] = [];
  if (filters.from) {
    const [first] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(gte(auditLog.occurredAt, startOfDay(filters.from)))
      .orderBy(asc(auditLog.occurredAt), asc(auditLog.id))
      .limit(1);
    if (!first) return null;
    bounds.push(gte(auditLog.id, first.id));
  }
  if (filters.to) {
    const [last] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(lt(auditLog.occurredAt, new Date(startOfDay(filters.to).getTime() + 86_400_000)))
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(1);
    if (!last) return null;
    bounds.push(lte(auditLog.id, last.id));
  }
  return and(...bounds);
}

/** The conditions of `filters` but the days (see {@link idRangeOfDays}), for the page and its query plan check. */
export function auditConditions(filters: AuditFilters, days?: SQL): SQL | undefined {
  const expression = filters.q ? searchExpression(filters.q) : null;
  return and(
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    days,
    filters.before ? lt(auditLog.id, filters.before) : undefined,
    expression
      ? sql`${auditLog.id} IN (SELECT rowid FROM audit_search WHERE audit_search MATCH ${expression})`
      : undefined,
  );
}

/**
 * One page of the audit log.
 * @throws ForbiddenError unless the actor is an admin.
 */
export async function listAuditLog(
  db: Executor,
  actor: Actor | null,
  filters: AuditFilters,
): Promise<AuditPage> {
  requireRole(actor, 'admin');
  const days = await idRangeOfDays(db, filters);
  if (days === null) return { entries: [], next: null };
  const rows = await db
    .select()
    .from(auditLog)
    .where(auditConditions(filters, days))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, next: rows.length > AUDIT_PAGE_SIZE ? entries.at(-1)!.id : null };
}

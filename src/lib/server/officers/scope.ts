/**
 * Who may use the officers' workspace, and which talents each sees: admins the whole province,
 * officers the talents of their own unit and of every unit below it in the tree, and of the former
 * units these succeeded (a commune's officers keep the records still attached to the district-era
 * union merged into it on 1 July 2025).
 */
import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Executor } from '@db/client';
import { talents, type Unit, units } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';

/** Throws ForbiddenError unless `actor` is an officer or an admin with a verified email. */
export function requireStaff(actor: Actor | null): Actor {
  return requireRole(actor, 'officer', 'admin');
}

/**
 * The ids of `unitId`, every unit below it and every former unit any of these succeeded, as a
 * subquery (the unit tree is small; both walks read an index).
 */
export function unitSubtree(unitId: number): SQL {
  return sql`(WITH RECURSIVE subtree(id) AS (
    SELECT ${unitId}
    UNION SELECT ${units.id} FROM ${units} JOIN subtree ON ${units.parentId} = subtree.id
    UNION SELECT ${units.id} FROM ${units} JOIN subtree ON ${units.successorId} = subtree.id
  ) SELECT id FROM subtree)`;
}

/**
 * The condition that `unitColumn` names a unit `staff` manages: none for admins; the officer's unit
 * and the units below it otherwise, and nothing at all for an officer without a unit.
 */
export function inManagedUnits(staff: Actor, unitColumn: SQLiteColumn | SQL): SQL | undefined {
  if (staff.role === 'admin') return undefined;
  return staff.unitId === null ? sql`0` : sql`${unitColumn} IN ${unitSubtree(staff.unitId)}`;
}

/**
 * The condition limiting a query on `talents` to those `staff` manages. The unary plus keeps the
 * planner off `talents_unit_idx`: the callers read the talents they mean another way (the name
 * matches, an activity's participants) rather than every talent of the unit.
 */
export function managedTalents(staff: Actor): SQL | undefined {
  return inManagedUnits(staff, sql`+${talents.unitId}`);
}

/** Whether `staff` manages `unitId` (admins every unit, officers their subtree). */
export async function managesUnit(db: Executor, staff: Actor, unitId: number): Promise<boolean> {
  if (staff.role === 'admin') return true;
  if (staff.role !== 'officer' || staff.unitId === null) return false;
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(sql`${eq(units.id, unitId)} AND ${inArray(units.id, unitSubtree(staff.unitId))}`);
  return row !== undefined;
}

/**
 * A row an officer acts on, once loaded: it must exist and belong to a unit `staff` manages.
 * @example const talent = await requireManaged(tx, staff, (await tx.select(...).from(talents)...)[0]);
 * @throws NotFoundError when `row` is undefined; ForbiddenError when a unit outside the actor's holds it.
 */
export async function requireManaged<Row extends { unitId: number }>(
  db: Executor,
  staff: Actor,
  row: Row | undefined,
): Promise<Row> {
  if (!row) throw new NotFoundError();
  if (!(await managesUnit(db, staff, row.unitId))) throw new ForbiddenError();
  return row;
}

/** The units `staff` manages, in the tree's order: the choices of a queue's unit filter. */
export async function listManagedUnits(db: Executor, staff: Actor): Promise<Unit[]> {
  const query = db.select().from(units);
  const reach =
    staff.role === 'admin'
      ? query
      : query.where(staff.unitId === null ? sql`0` : inArray(units.id, unitSubtree(staff.unitId)));
  return reach.orderBy(asc(units.sortOrder), asc(units.id));
}

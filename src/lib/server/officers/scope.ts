/**
 * Who may use the officers' workspace, and which talents each sees: admins the whole province,
 * officers the talents of their own unit (canManageUnit is the rule; this is its SQL form).
 */
import { eq, type SQL, sql } from 'drizzle-orm';
import { talents } from '@db/schema';
import { type Actor, canManageUnit, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';

/** Throws ForbiddenError unless `actor` is an officer or an admin with a verified email. */
export function requireStaff(actor: Actor | null): Actor {
  return requireRole(actor, 'officer', 'admin');
}

/**
 * The condition limiting a query on `talents` to those `staff` manages: none for admins; the
 * officer's unit otherwise, and nothing at all for an officer without a unit.
 */
export function managedTalents(staff: Actor): SQL | undefined {
  if (staff.role === 'admin') return undefined;
  return staff.unitId === null ? sql`0` : eq(talents.unitId, staff.unitId);
}

/**
 * A row an officer acts on, once loaded: it must exist and belong to a unit `staff` manages.
 * @example const talent = requireManaged(staff, await tx.select(...).from(talents)...[0]);
 * @throws NotFoundError when `row` is undefined; ForbiddenError when another unit holds it.
 */
export function requireManaged<Row extends { unitId: number }>(staff: Actor, row: Row | undefined): Row {
  if (!row) throw new NotFoundError();
  if (!canManageUnit(staff, row.unitId)) throw new ForbiddenError();
  return row;
}

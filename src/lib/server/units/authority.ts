import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { units } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';

/**
 * Throws ForbiddenError unless `actor` may restructure the unit tree and move talents between
 * units: an admin, or an officer of the provincial Youth Union itself (the root of the tree).
 * A unit's own officer may not, since a merge or a move changes other units too.
 */
export async function requireProvinceStaff(
  db: Pick<Executor, 'select'>,
  actor: Actor | null,
): Promise<Actor> {
  const staff = requireRole(actor, 'officer', 'admin');
  if (staff.role === 'admin') return staff;
  if (staff.unitId === null) throw new ForbiddenError();
  const [root] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, staff.unitId), isNull(units.parentId), eq(units.kind, 'province')));
  if (!root) throw new ForbiddenError();
  return staff;
}

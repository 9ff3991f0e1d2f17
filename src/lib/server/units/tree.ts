import { asc, count } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { talents, type Unit, units } from '@db/schema';
import { type CountingUnit, currentUnitResolver } from '@/lib/units/history';

/** Every unit of the tree, history included, in the order officers arranged it. */
export async function listUnits(db: Pick<Executor, 'select'>): Promise<Unit[]> {
  return db.select().from(units).orderBy(asc(units.sortOrder), asc(units.id));
}

/** The units as the counting rule needs them: id and successor. */
export async function loadCurrentUnitResolver(db: Pick<Executor, 'select'>): Promise<(id: number) => number> {
  const rows: CountingUnit[] = await db.select({ id: units.id, successorId: units.successorId }).from(units);
  return currentUnitResolver(rows);
}

/**
 * How many talents of the register each unit holds today: a talent still recorded in a unit that
 * was merged or dissolved counts under its successor. Units without talents are absent.
 */
export async function countTalentsByCurrentUnit(db: Pick<Executor, 'select'>): Promise<Map<number, number>> {
  const [resolve, rows] = await Promise.all([
    loadCurrentUnitResolver(db),
    db.select({ unitId: talents.unitId, n: count() }).from(talents).groupBy(talents.unitId),
  ]);
  const totals = new Map<number, number>();
  for (const row of rows) {
    const unitId = resolve(row.unitId);
    totals.set(unitId, (totals.get(unitId) ?? 0) + row.n);
  }
  return totals;
}

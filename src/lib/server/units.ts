import { asc } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Unit, units } from '@db/schema';

/** Every unit of the tree in the order officers arranged it. */
export async function listUnits(db: Database): Promise<Unit[]> {
  return db.select().from(units).orderBy(asc(units.sortOrder), asc(units.id));
}

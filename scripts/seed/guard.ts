/**
 * The rule that protects real records: generated data is only ever written to a database without
 * talents. Both the library functions and the CLI check it, so neither a script nor a test can mix
 * fictional profiles into a live register.
 */
import { count } from 'drizzle-orm';
import type { Database } from '@db/client';
import { talents, units } from '@db/schema';

export class DatabaseNotEmptyError extends Error {
  constructor(readonly talentCount: number) {
    super(
      `The database already has ${talentCount} talent(s); the seed never runs on a database that already has data.`,
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

export async function countTalents(db: Pick<Database, 'select'>): Promise<number> {
  const [row] = await db.select({ n: count() }).from(talents);
  return row?.n ?? 0;
}

/** True when the database has neither talents nor units: a fresh installation. */
export async function isDatabaseEmpty(db: Pick<Database, 'select'>): Promise<boolean> {
  const [unitRow] = await db.select({ n: count() }).from(units);
  return (await countTalents(db)) === 0 && (unitRow?.n ?? 0) === 0;
}

/** Throws {@link DatabaseNotEmptyError} when talents exist. */
export async function assertNoTalents(db: Pick<Database, 'select'>): Promise<void> {
  const n = await countTalents(db);
  if (n > 0) throw new DatabaseNotEmptyError(n);
}

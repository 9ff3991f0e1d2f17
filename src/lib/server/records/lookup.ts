import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { talents } from '@db/schema';

/** The id of the talent at `slug`, or null. Scope is checked by whatever acts on it next. */
export async function talentIdBySlug(db: Pick<Executor, 'select'>, slug: string): Promise<number | null> {
  const [row] = await db.select({ id: talents.id }).from(talents).where(eq(talents.slug, slug)).limit(1);
  return row?.id ?? null;
}

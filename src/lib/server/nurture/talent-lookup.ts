import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { talents } from '@db/schema';
import { foldVietnamese } from '@/lib/vietnamese';

/**
 * Talents of a unit whose name contains `query`, ignoring tone marks and đ ("nguyen van a" finds
 * "Nguyễn Văn A"), for taking attendance. `unitId` null searches the province (admins).
 */
export async function findTalentsByName(db: Executor, unitId: number | null, query: string, limit = 20) {
  const wanted = foldVietnamese(query.trim());
  if (wanted.length < 2) return [];
  const rows = await db
    .select({ id: talents.id, fullName: talents.fullName, slug: talents.slug, birthYear: talents.birthYear })
    .from(talents)
    .where(unitId === null ? undefined : eq(talents.unitId, unitId))
    .orderBy(talents.fullName);
  return rows.filter((r) => foldVietnamese(r.fullName).includes(wanted)).slice(0, limit);
}

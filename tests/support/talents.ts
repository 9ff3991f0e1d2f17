import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type NewTalent, talentFields, talents } from '@db/schema';
import type { ReferenceIds } from '../../scripts/seed/reference';
import { syncTalentSearch } from '@/lib/server/search/sync';
import { slugify } from '@/lib/vietnamese';
import { defaultVisibility } from '@/lib/visibility';

/**
 * Adds a listed talent the way the application writes one: the row, its search document and, with
 * Meilisearch configured, its outbox row, in one transaction.
 */
export async function addListedTalent(
  db: Database,
  ref: ReferenceIds,
  fullName: string,
  shortBio = '',
  year = new Date().getFullYear(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(talents)
      .values({
        slug: slugify(fullName),
        fullName,
        birthYear: year - 27,
        discoveredYear: year - 1,
        unitId: ref.unitIds.get('huyen-doan-cho-moi')!,
        shortBio,
        status: 'verified',
        visibility: defaultVisibility(year - 27, year),
      })
      .returning({ id: talents.id });
    await tx
      .insert(talentFields)
      .values({ talentId: row!.id, fieldId: ref.fieldIds.get('tin-hoc-lap-trinh')! });
    await syncTalentSearch(tx, [row!.id], { outbox: true });
    return row!.id;
  });
}

/** Changes a talent the way the application does, with its search document and outbox row. */
export async function changeTalent(db: Database, id: number, change: Partial<NewTalent>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(talents).set(change).where(eq(talents.id, id));
    await syncTalentSearch(tx, [id], { outbox: true });
  });
}

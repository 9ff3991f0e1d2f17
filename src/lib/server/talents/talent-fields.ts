/** The fields (Học tập, Thể thao…) a talent is listed under, as a talent chooses them. */
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { fields, talentFields } from '@db/schema';
import { InvalidInputError } from '@/lib/server/errors';

/** Field ids for slugs, each once; an unknown slug is an error rather than silently dropped. */
export async function resolveFieldIds(db: Executor, slugs: string[]): Promise<number[]> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return [];
  const rows = await db.select({ id: fields.id }).from(fields).where(inArray(fields.slug, wanted));
  if (rows.length !== wanted.length) throw new InvalidInputError('form.invalid', 'fields');
  return rows.map((r) => r.id);
}

/** Replaces the fields of a talent; run inside the transaction that records the change. */
export async function replaceTalentFields(db: Executor, talentId: number, fieldIds: number[]): Promise<void> {
  await db.delete(talentFields).where(eq(talentFields.talentId, talentId));
  if (fieldIds.length > 0)
    await db.insert(talentFields).values(fieldIds.map((fieldId) => ({ talentId, fieldId })));
}

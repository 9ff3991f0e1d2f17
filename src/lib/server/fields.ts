import { asc } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Field, fields } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';

export async function listFields(db: Database): Promise<Field[]> {
  return db.select().from(fields).orderBy(asc(fields.sortOrder));
}

/** A field's name in the reader's language. */
export function fieldName(field: Pick<Field, 'nameVi' | 'nameEn'>, lang: Lang): string {
  return lang === 'vi' ? field.nameVi : field.nameEn;
}

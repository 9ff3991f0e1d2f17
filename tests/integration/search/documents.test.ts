import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talents } from '@db/schema';
import { buildTalentDocuments } from '@/lib/server/search/documents';
import { isMinor } from '@/lib/visibility';
import { copySeededDatabase, type TestDatabase } from '../../support/database';

describe('directory documents hold only what the public may see', () => {
  let database: TestDatabase;
  beforeAll(() => {
    database = copySeededDatabase();
  });
  afterAll(() => database.dispose());

  it('leave out drafts and hidden profiles, and hidden parts of listed ones', async () => {
    const rows = await database.db.select().from(talents);
    const { documents, unlisted } = await buildTalentDocuments(
      database.db,
      rows.map((r) => r.id),
    );
    const byId = new Map(documents.map((d) => [d.id, d]));
    const year = new Date().getFullYear();
    expect(documents.length).toBeGreaterThan(250);
    for (const row of rows) {
      const doc = byId.get(row.id);
      const listed = row.status !== 'draft' && row.visibility.profile === 'public';
      expect(doc !== undefined, row.slug).toBe(listed);
      if (!doc) {
        expect(unlisted).toContain(row.id);
        continue;
      }
      if (row.visibility.achievements !== 'public') expect(doc.awards, row.slug).toEqual([]);
      if (row.visibility.bio !== 'public') expect(doc.shortBio, row.slug).toBe('');
      if (row.visibility.birthYear !== 'public') expect(doc.birthYear, row.slug).toBeNull();
      if (row.visibility.fields !== 'public') expect(doc.fields, row.slug).toEqual([]);
      if (isMinor(row.birthYear, year)) expect(doc.open, row.slug).toBe(false);
      expect(JSON.stringify(doc)).not.toContain(row.contactEmail ?? '@@');
    }
    expect(rows.some((r) => r.visibility.profile !== 'public')).toBe(true);
    expect(rows.some((r) => isMinor(r.birthYear, year) && r.status !== 'draft')).toBe(true);
  });
});

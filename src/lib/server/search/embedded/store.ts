import { eq, inArray, sql } from 'drizzle-orm';
import { searchDocuments, searchState } from '@db/schema';
import type { TalentDocument } from '@/lib/search/types';
import { joinedNameWords, withSynonyms } from '@/lib/search/text';
import type { Executor } from '@db/client';

/** Rows per statement, well under SQLite's limit on bound variables. */
const CHUNK = 200;

/** The next change sequence number; callers run inside the transaction that writes the change. */
async function nextSeq(db: Executor): Promise<number> {
  const [row] = await db
    .update(searchState)
    .set({ seq: sql`${searchState.seq} + 1` })
    .where(eq(searchState.id, 1))
    .returning({ seq: searchState.seq });
  return row!.seq;
}

/**
 * The four FTS columns of a document: three folded (with synonyms, and the name's words joined as
 * typed without spaces) and one keeping the accents.
 */
function ftsColumns(doc: TalentDocument): [string, string, string, string] {
  const awards = [...doc.awards, ...doc.honourTitles].join(' · ');
  const body = [...doc.fieldNames, doc.unitName, doc.shortBio].join(' · ');
  const exact = [doc.fullName, awards, body].join(' · ').toLowerCase().normalize('NFC');
  const name = [withSynonyms(doc.fullName), ...joinedNameWords(doc.fullName)].join(' ');
  return [name, withSynonyms(awards), withSynonyms(body), exact];
}

/** Writes documents into the embedded index; run it inside the transaction that changed the talents. */
export async function writeEmbeddedDocuments(db: Executor, all: TalentDocument[]): Promise<void> {
  if (all.length === 0) return;
  const seq = await nextSeq(db);
  for (let start = 0; start < all.length; start += CHUNK)
    await writeChunk(db, all.slice(start, start + CHUNK), seq);
}

async function writeChunk(db: Executor, documents: TalentDocument[], seq: number): Promise<void> {
  const ids = documents.map((d) => d.id);
  await db.run(sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(ids, sql`, `)})`);
  const rows = documents.map((doc) => sql`(${doc.id}, ${sql.join(ftsColumns(doc), sql`, `)})`);
  await db.run(
    sql`INSERT INTO search_fts (rowid, name, awards, body, exact) VALUES ${sql.join(rows, sql`, `)}`,
  );
  await db
    .insert(searchDocuments)
    .values(documents.map((doc) => ({ talentId: doc.id, seq, listed: true, document: JSON.stringify(doc) })))
    .onConflictDoUpdate({
      target: searchDocuments.talentId,
      set: { seq, listed: true, document: sql`excluded.document` },
    });
}

/** Removes talents from the embedded index, keeping a tombstone row so every instance sees the removal. */
export async function removeEmbeddedDocuments(db: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const seq = await nextSeq(db);
  await db.run(sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(ids, sql`, `)})`);
  await db
    .update(searchDocuments)
    .set({ seq, listed: false, document: null })
    .where(inArray(searchDocuments.talentId, ids));
}

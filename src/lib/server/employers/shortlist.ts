/**
 * An employer's shortlist: talents they keep an eye on, each with a private note no one else reads
 * (not the talent, not officers). Only verified employers keep one: they are the ones the rest of
 * the contact features serve.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@db/client';
import { shortlistEntries, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';
import { requireVerifiedEmployer } from './verified';
import { findReachableTalent } from '@/lib/server/connections/reach';
import { hiddenUserIds } from '@/lib/server/connections/blocks';
import { LISTED_STATUSES } from '@/lib/visibility';
import * as clock from '@/lib/server/clock';

export const MAX_SHORTLIST_NOTE = 1000;
const MAX_ENTRIES = 500;

/** Adds the talent at `slug` to the shortlist, or changes its note. */
export async function saveShortlistEntry(
  db: Database,
  actor: Actor | null,
  input: { slug: string; note: string },
): Promise<void> {
  const employer = requireVerifiedEmployer(actor);
  const note = input.note.trim();
  if (note.length > MAX_SHORTLIST_NOTE) throw new InvalidInputError('form.tooLong', 'note');
  await db.transaction(async (tx) => {
    const talent = await findReachableTalent(tx, employer, input.slug);
    const entries = await tx
      .select({ talentId: shortlistEntries.talentId })
      .from(shortlistEntries)
      .where(eq(shortlistEntries.employerId, employer.id));
    if (entries.length >= MAX_ENTRIES && !entries.some((e) => e.talentId === talent.id))
      throw new InvalidInputError('shortlist.full');
    await tx
      .insert(shortlistEntries)
      .values({ employerId: employer.id, talentId: talent.id, note, createdAt: clock.now() })
      .onConflictDoUpdate({
        target: [shortlistEntries.employerId, shortlistEntries.talentId],
        set: { note },
      });
  });
}

/** Takes the talent at `slug` off the shortlist; nothing happens when it is not on it. */
export async function removeShortlistEntry(db: Database, actor: Actor | null, slug: string): Promise<void> {
  const employer = requireVerifiedEmployer(actor);
  const ofSlug = db.select({ id: talents.id }).from(talents).where(eq(talents.slug, slug));
  await db
    .delete(shortlistEntries)
    .where(and(eq(shortlistEntries.employerId, employer.id), inArray(shortlistEntries.talentId, ofSlug)));
}

export interface ShortlistItem {
  slug: string;
  fullName: string;
  note: string;
}

/**
 * The employer's shortlist in name order: talents still listed and not blocked either way (a
 * talent who stopped showing their profile to employers stays, named, until removed: the note is
 * the employer's own).
 */
export async function listShortlist(db: Database, actor: Actor | null): Promise<ShortlistItem[]> {
  const employer = requireVerifiedEmployer(actor);
  const rows = await db
    .select({
      slug: talents.slug,
      fullName: talents.fullName,
      note: shortlistEntries.note,
      userId: talents.userId,
    })
    .from(shortlistEntries)
    .innerJoin(talents, eq(talents.id, shortlistEntries.talentId))
    .where(and(eq(shortlistEntries.employerId, employer.id), inArray(talents.status, LISTED_STATUSES)))
    .orderBy(asc(talents.fullName));
  const hidden = await hiddenUserIds(db, employer.id);
  return rows
    .filter((row) => row.userId === null || !hidden.has(row.userId))
    .map(({ slug, fullName, note }) => ({ slug, fullName, note }));
}

/** The employer's note on one talent, or null when the talent is not on the shortlist. */
export async function shortlistNoteOf(db: Database, actor: Actor, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ note: shortlistEntries.note })
    .from(shortlistEntries)
    .innerJoin(talents, eq(talents.id, shortlistEntries.talentId))
    .where(and(eq(shortlistEntries.employerId, actor.id), eq(talents.slug, slug)));
  return row?.note ?? null;
}

/**
 * Merging a duplicate talent record into the one that survives. Everything the duplicate carries
 * moves over (achievements, honours, activities, fields, contact requests, shortlists, its account
 * when the survivor has none); what cannot move without breaking a rule (the same honour twice)
 * stays on the duplicate. The duplicate is kept, merged-into the survivor, unlisted, its address
 * redirecting there, and its decisions and unit history stay on record.
 */
import { count, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { achievements, contactRequests, dialogueProposals, type Talent, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { requireManaged, requireStaff } from '@/lib/server/officers/scope';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { unpublishedVisibility } from './talent-records';

/** Tables keyed by talent where the survivor may already hold the same row: those stay behind. */
const KEYED_TABLES = ['honours', 'activity_participants', 'talent_fields', 'shortlist_entries'] as const;

async function loadLive(tx: Executor, staff: Actor, id: number, field: string): Promise<Talent> {
  const [talent] = await tx.select().from(talents).where(eq(talents.id, id));
  if (!talent) throw new NotFoundError('records.error.unknown', field);
  await requireManaged(tx, staff, talent);
  if (talent.mergedIntoId !== null) throw new InvalidInputError('records.error.alreadyMerged', field);
  return talent;
}

/**
 * Merges record `duplicateId` into `survivorId`.
 * @returns how many achievements moved
 * @throws NotFoundError for an unknown record; ForbiddenError unless the actor manages both;
 *   InvalidInputError (`duplicateId`) for the same record twice, one already merged, or two
 *   records that each have an account (two people, or a case for the talents to settle).
 */
export async function mergeTalentRecords(
  db: Database,
  actor: Actor,
  input: { survivorId: number; duplicateId: number },
): Promise<{ achievementsMoved: number }> {
  const staff = requireStaff(actor);
  if (input.survivorId === input.duplicateId)
    throw new InvalidInputError('records.error.sameRecord', 'duplicateId');
  return db.transaction(async (tx) => {
    const survivor = await loadLive(tx, staff, input.survivorId, 'survivorId');
    const duplicate = await loadLive(tx, staff, input.duplicateId, 'duplicateId');
    if (survivor.userId !== null && duplicate.userId !== null)
      throw new InvalidInputError('records.error.bothOwned', 'duplicateId');
    const [moving] = await tx
      .select({ n: count() })
      .from(achievements)
      .where(eq(achievements.talentId, duplicate.id));
    const [from, to] = [duplicate.id, survivor.id];
    await tx.update(achievements).set({ talentId: to }).where(eq(achievements.talentId, from));
    await tx.update(contactRequests).set({ talentId: to }).where(eq(contactRequests.talentId, from));
    await tx.update(dialogueProposals).set({ talentId: to }).where(eq(dialogueProposals.talentId, from));
    for (const table of KEYED_TABLES)
      await tx.run(
        sql`UPDATE OR IGNORE ${sql.identifier(table)} SET talent_id = ${to} WHERE talent_id = ${from}`,
      );
    const now = clock.now();
    // One account owns one profile: the duplicate's account comes over with it.
    if (duplicate.userId !== null) {
      await tx.update(talents).set({ userId: null }).where(eq(talents.id, from));
      await tx.update(talents).set({ userId: duplicate.userId, updatedAt: now }).where(eq(talents.id, to));
    }
    await tx
      .update(talents)
      .set({
        mergedIntoId: to,
        visibility: unpublishedVisibility(),
        reviewState: duplicate.status === 'draft' ? 'refused' : duplicate.reviewState,
        updatedAt: now,
      })
      .where(eq(talents.id, from));
    await recordAudit(tx, {
      actor: staff,
      action: 'talent.merge',
      subjectType: 'talent',
      subjectId: from,
      subjectLabel: `${duplicate.fullName} → ${survivor.fullName}`,
      before: {
        duplicate: { id: from, slug: duplicate.slug, userId: duplicate.userId, unitId: duplicate.unitId },
        survivor: { id: to, slug: survivor.slug, userId: survivor.userId },
      },
      after: { mergedIntoId: to, achievementsMoved: moving!.n, accountMoved: duplicate.userId !== null },
    });
    await recordTalentChanges(tx, [from, to]);
    return { achievementsMoved: moving!.n };
  });
}

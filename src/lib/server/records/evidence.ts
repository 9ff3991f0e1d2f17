/**
 * Evidence files on achievements: added by the talent who owns the achievement or by an officer
 * managing the talent's unit, read by the same people (the review page lists them).
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type AchievementEvidence, achievementEvidence, achievements, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { managesUnit } from '@/lib/server/officers/scope';
import type { MessageKey } from '@/lib/i18n/translate';
import { checkEvidence, type EvidenceProblem, saveEvidence } from '@/lib/server/uploads/evidence';

/** Most files one achievement carries. */
export const MAX_EVIDENCE_FILES = 5;

/** The achievement form's words for a refused file; an image past the pixel limit reads as unreadable. */
const refusals: Record<EvidenceProblem, MessageKey> = {
  empty: 'evidence.error.empty',
  tooLarge: 'evidence.error.too-large',
  type: 'evidence.error.type',
  corrupt: 'evidence.error.corrupt',
  tooManyPixels: 'evidence.error.corrupt',
};

const isStaff = (actor: Actor) => (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;

/** Whether `actor` may add or read the evidence of achievement `achievementId`; null when it does not exist. */
async function evidenceAccess(db: Executor, actor: Actor | null, achievementId: number) {
  const [row] = await db
    .select({ unitId: talents.unitId, userId: talents.userId, title: achievements.title })
    .from(achievements)
    .innerJoin(talents, eq(talents.id, achievements.talentId))
    .where(eq(achievements.id, achievementId));
  if (!row) return null;
  if (!actor) return { ...row, allowed: false, asStaff: false };
  const asStaff = isStaff(actor) && (await managesUnit(db, actor, row.unitId));
  return { ...row, allowed: asStaff || (row.userId !== null && row.userId === actor.id), asStaff };
}

/**
 * Checks and stores an evidence file for an achievement.
 * @throws NotFoundError for an unknown achievement; ForbiddenError unless the actor owns it or
 *   manages its talent; InvalidInputError (`file`) for an empty, oversized, unknown or broken file,
 *   or one past {@link MAX_EVIDENCE_FILES}.
 */
export async function addAchievementEvidence(
  db: Database,
  actor: Actor,
  achievementId: number,
  bytes: Uint8Array,
): Promise<number> {
  if (!actor.emailVerified) throw new ForbiddenError();
  const access = await evidenceAccess(db, actor, achievementId);
  if (!access) throw new NotFoundError();
  if (!access.allowed) throw new ForbiddenError();
  const checked = await checkEvidence(bytes);
  if (!checked.ok) throw new InvalidInputError(refusals[checked.problem], 'file');
  const storedName = await saveEvidence(checked);
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: achievementEvidence.id })
      .from(achievementEvidence)
      .where(eq(achievementEvidence.achievementId, achievementId));
    if (existing.length >= MAX_EVIDENCE_FILES) throw new InvalidInputError('evidence.error.tooMany', 'file');
    const [row] = await tx
      .insert(achievementEvidence)
      .values({
        achievementId,
        storedName,
        mediaType: checked.mediaType,
        byteSize: checked.bytes.length,
        uploadedById: actor.id,
      })
      .returning({ id: achievementEvidence.id });
    if (access.asStaff)
      await recordAudit(tx, {
        actor,
        action: 'evidence.add',
        subjectType: 'achievement',
        subjectId: achievementId,
        subjectLabel: access.title,
        before: null,
        after: { evidenceId: row!.id, mediaType: checked.mediaType, byteSize: checked.bytes.length },
      });
    return row!.id;
  });
}

/** The evidence files of `achievementIds`, by achievement, oldest first. */
export async function listEvidence(
  db: Pick<Executor, 'select'>,
  achievementIds: number[],
): Promise<Map<number, AchievementEvidence[]>> {
  const byAchievement = new Map<number, AchievementEvidence[]>();
  if (achievementIds.length === 0) return byAchievement;
  const rows = await db
    .select()
    .from(achievementEvidence)
    .where(inArray(achievementEvidence.achievementId, achievementIds))
    .orderBy(achievementEvidence.id);
  for (const row of rows)
    byAchievement.set(row.achievementId, [...(byAchievement.get(row.achievementId) ?? []), row]);
  return byAchievement;
}

/** The evidence file stored as `storedName` when `actor` may read it, else null (one answer for both). */
export async function findReadableEvidence(
  db: Database,
  actor: Actor | null,
  storedName: string,
): Promise<AchievementEvidence | null> {
  const [row] = await db
    .select()
    .from(achievementEvidence)
    .where(eq(achievementEvidence.storedName, storedName));
  if (!row) return null;
  const access = await evidenceAccess(db, actor, row.achievementId);
  return access?.allowed ? row : null;
}

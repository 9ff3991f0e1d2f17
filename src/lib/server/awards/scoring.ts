/**
 * The selection panel's scores. Each reviewer first declares whether they have a conflict of
 * interest with the candidate; with one they cannot score. Nobody scores a nomination they made.
 * {@link declareConflict} and {@link scoreApplication} are the only writers (an audit log hooks in here).
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { applicationReviews } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import * as clock from '@/lib/server/clock';
import { applicationSubject, isOwnNomination, loadManagedApplication } from './scope';

/** Scores run from 1 to 5 for every criterion. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const REVIEW_NOTE_MAX_LENGTH = 1000;

/** Whether the application still takes scores: neither accepted nor rejected. */
const isOpenForReview = (status: string) => status === 'submitted' || status === 'shortlisted';

/**
 * Records the reviewer's declaration on one application, once: `hasConflict` true means they will
 * not score it.
 * @throws ForbiddenError for anyone but staff of the talent's units, or the nomination's own author
 *   (`awards.ownNomination`); InvalidInputError when already declared or the application is decided
 */
export async function declareConflict(
  db: Database,
  actor: Actor,
  input: { applicationId: number; hasConflict: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { staff, application, talentName } = await loadManagedApplication(tx, actor, input.applicationId);
    if (isOwnNomination(application, staff)) throw new ForbiddenError('awards.ownNomination');
    if (!isOpenForReview(application.status)) throw new InvalidInputError('awards.alreadyDecided');
    const inserted = await tx
      .insert(applicationReviews)
      .values({
        applicationId: application.id,
        reviewerId: staff.id,
        hasConflict: input.hasConflict,
        declaredAt: clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: applicationReviews.id });
    if (inserted.length === 0) throw new InvalidInputError('awards.alreadyDeclared', 'hasConflict');
    await recordAudit(tx, {
      ...applicationSubject(staff, application.id, talentName),
      action: 'award.declareConflict',
      before: null,
      after: { hasConflict: input.hasConflict },
    });
  });
}

/**
 * Scores every criterion of the call 1–5 (in the call's order); scoring again replaces the scores.
 * @throws ForbiddenError for anyone but staff of the talent's units, the nomination's own author,
 *   or a reviewer who declared a conflict (`awards.conflictDeclared`); InvalidInputError before a
 *   declaration (`awards.declareFirst`), for scores that are not one 1–5 per criterion (`scores`),
 *   or once the application is decided
 */
export async function scoreApplication(
  db: Database,
  actor: Actor,
  input: { applicationId: number; scores: number[]; note: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { staff, application, talentName } = await loadManagedApplication(tx, actor, input.applicationId);
    if (isOwnNomination(application, staff)) throw new ForbiddenError('awards.ownNomination');
    if (!isOpenForReview(application.status)) throw new InvalidInputError('awards.alreadyDecided');
    const valid =
      application.criteriaCount > 0 &&
      input.scores.length === application.criteriaCount &&
      input.scores.every((s) => Number.isInteger(s) && s >= SCORE_MIN && s <= SCORE_MAX);
    if (!valid) throw new InvalidInputError('awards.scoresInvalid', 'scores');
    const mine = and(
      eq(applicationReviews.applicationId, application.id),
      eq(applicationReviews.reviewerId, staff.id),
    );
    const [review] = await tx.select().from(applicationReviews).where(mine);
    if (!review) throw new InvalidInputError('awards.declareFirst');
    if (review.hasConflict) throw new ForbiddenError('awards.conflictDeclared');
    const scored = { scores: input.scores, note: input.note.trim().slice(0, REVIEW_NOTE_MAX_LENGTH) };
    await tx
      .update(applicationReviews)
      .set({ ...scored, scoredAt: clock.now() })
      .where(mine);
    await recordAudit(tx, {
      ...applicationSubject(staff, application.id, talentName),
      action: 'award.score',
      before: review.scoredAt ? { scores: review.scores, note: review.note } : null,
      after: scored,
    });
  });
}

/**
 * The one place an officer's decision is written. Every verification, refusal, return, claim
 * decision and undo goes through {@link decide} or {@link undoDecision}: they check who may decide,
 * apply the decision (decision-subjects.ts), record it in `decisions` and tell the person concerned
 * (a notification and a mail in their language), and write the audit log, all in one transaction.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  type DecisionOutcome,
  type DecisionSubject,
  decisions,
  notificationSettings,
  users,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { getTranslator } from '@/lib/i18n/translate';
import { recordAudit } from '@/lib/server/audit/record';
import { InvalidInputError, LibraryError, NotFoundError } from '@/lib/server/errors';
import { queueMail } from '@/lib/server/mail/send';
import { mailLink } from '@/lib/server/mail/site-links';
import { notify } from '@/lib/server/notifications';
import { type LoadedSubject, subjectRules } from './decision-subjects';
import { requireManaged, requireStaff } from './scope';
import * as clock from '@/lib/server/clock';

export interface DecisionRequest {
  subject: DecisionSubject;
  subjectId: number;
  outcome: DecisionOutcome;
  /** Required for a refusal, a rejection and a return: the person reads it. */
  reason?: string;
}

/** How long a reason or note may be. */
export const REASON_MAX_LENGTH = 1000;

const ACCEPTED: ReadonlySet<DecisionOutcome> = new Set(['verified', 'approved']);
const tone = (outcome: DecisionOutcome) =>
  ACCEPTED.has(outcome) ? 'Accepted' : outcome === 'returned' ? 'Returned' : 'Refused';

/** Loads the subject and checks that `staff` decides on it. */
async function loadManaged(tx: Executor, staff: Actor, subject: DecisionSubject, id: number) {
  const loaded = await subjectRules[subject].load(tx, id);
  if (!loaded) throw new NotFoundError();
  if (loaded.unitId !== null) await requireManaged(tx, staff, { unitId: loaded.unitId });
  return loaded;
}

/** Tells the person concerned, in the app and by mail in the language they chose. */
async function tell(tx: Executor, loaded: LoadedSubject, outcome: DecisionOutcome, reason: string) {
  if (loaded.recipientId === null) return;
  const kind = `request${tone(outcome)}` as const;
  const params = { title: loaded.title, reason };
  await notify(tx, { userId: loaded.recipientId, kind, params, link: { route: 'accountRequests' } });
  const [person] = await tx
    .select({ email: users.email, lang: notificationSettings.lang })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, loaded.recipientId));
  if (!person) return;
  const lang = person.lang ?? 'vi';
  const t = getTranslator(lang);
  await queueMail(tx, {
    userId: loaded.recipientId,
    to: person.email,
    subject: t(`mail.request${tone(outcome)}.subject`, params),
    text: t(`mail.request${tone(outcome)}.body`, { ...params, link: mailLink(lang, 'accountRequests') }),
  });
}

/** The audit log's row of a decision: the item waited before, and what was decided after. */
async function auditDecision(
  tx: Executor,
  staff: Actor,
  subject: DecisionSubject,
  subjectId: number,
  loaded: LoadedSubject,
  outcome: DecisionOutcome,
  reason: string,
): Promise<void> {
  await recordAudit(tx, {
    actor: staff,
    action: `decision.${outcome}`,
    subjectType: subject,
    subjectId,
    subjectLabel: loaded.title,
    before: { waiting: true, talentId: loaded.talentId },
    after: { waiting: false, outcome, reason },
  });
}

/**
 * Decides on a waiting claim, draft profile, achievement or employer.
 * @throws ForbiddenError unless the actor is staff managing the subject's unit; NotFoundError for
 *   an unknown subject; InvalidInputError for an outcome the subject does not take (`outcome`), a
 *   missing reason (`reason`), a subject no longer waiting (`outcome`), or a draft outside the
 *   age rule (`birthYear`).
 */
export async function decide(db: Database, actor: Actor, request: DecisionRequest): Promise<void> {
  const staff = requireStaff(actor);
  const rules = subjectRules[request.subject];
  if (!rules.outcomes.includes(request.outcome))
    throw new InvalidInputError('workspace.decisionRefused', 'outcome');
  const reason = (request.reason ?? '').trim().slice(0, REASON_MAX_LENGTH);
  if (!ACCEPTED.has(request.outcome) && reason === '')
    throw new InvalidInputError('workspace.reasonRequired', 'reason');
  await db.transaction(async (tx) => {
    const loaded = await loadManaged(tx, staff, request.subject, request.subjectId);
    if (!loaded.waiting) throw new InvalidInputError('workspace.decisionRefused', 'outcome');
    const closed = (await rules.apply(tx, staff, request.subjectId, request.outcome)) ?? [];
    const decidedAt = clock.now();
    const row = { subject: request.subject, decidedById: staff.id, decidedAt, talentId: loaded.talentId };
    await tx.insert(decisions).values({
      ...row,
      subjectId: request.subjectId,
      recipientId: loaded.recipientId,
      outcome: request.outcome,
      reason,
    });
    await tell(tx, loaded, request.outcome, reason);
    await auditDecision(tx, staff, request.subject, request.subjectId, loaded, request.outcome, reason);
    // Claims an approval closed: recorded and told like any rejection.
    for (const claimId of closed) {
      const other = (await rules.load(tx, claimId))!;
      const why = getTranslator('vi')('workspace.claimClosedReason');
      await tx.insert(decisions).values({
        ...row,
        subjectId: claimId,
        talentId: other.talentId,
        recipientId: other.recipientId,
        outcome: 'rejected',
        reason: why,
      });
      await tell(tx, other, 'rejected', why);
      await auditDecision(tx, staff, request.subject, claimId, other, 'rejected', why);
    }
  });
}

/**
 * Accepts several items of one queue, each in its own transaction: an item decided meanwhile, or
 * outside the actor's reach, is skipped rather than failing the others.
 * @returns how many were decided and how many skipped
 */
export async function decideMany(
  db: Database,
  actor: Actor,
  subject: DecisionSubject,
  ids: readonly number[],
  outcome: DecisionOutcome,
): Promise<{ done: number; skipped: number }> {
  requireStaff(actor);
  let done = 0;
  for (const subjectId of new Set(ids)) {
    try {
      await decide(db, actor, { subject, subjectId, outcome });
      done++;
    } catch (error) {
      if (!(error instanceof LibraryError)) throw error;
    }
  }
  return { done, skipped: new Set(ids).size - done };
}

/** The calendar day of `date` in Viet Nam, where the province works (UTC+7, no daylight saving). */
function dayInVietnam(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whether a decision may still be undone: not undone yet, made today (Viet Nam time), not a claim approval. */
export function isUndoable(
  decision: { outcome: DecisionOutcome; subject: DecisionSubject; decidedAt: Date; undoneAt: Date | null },
  now = clock.now(),
): boolean {
  if (decision.undoneAt !== null) return false;
  if (decision.subject === 'claim' && decision.outcome === 'approved') return false;
  return dayInVietnam(decision.decidedAt) === dayInVietnam(now);
}

/**
 * Undoes a decision made today: the subject waits in its queue again, and the decision stays on
 * record, marked undone.
 * @throws NotFoundError for an unknown decision; ForbiddenError unless the actor manages the
 *   subject; InvalidInputError (`decisionId`) when it is past its day, already undone, not the
 *   latest on its subject, or the subject changed since.
 */
export async function undoDecision(db: Database, actor: Actor, decisionId: number): Promise<void> {
  const staff = requireStaff(actor);
  const refused = () => new InvalidInputError('workspace.undoRefused', 'decisionId');
  await db.transaction(async (tx) => {
    const [decision] = await tx.select().from(decisions).where(eq(decisions.id, decisionId));
    if (!decision) throw new NotFoundError();
    const { title } = await loadManaged(tx, staff, decision.subject, decision.subjectId);
    if (!isUndoable(decision)) throw refused();
    const [latest] = await tx
      .select({ id: decisions.id })
      .from(decisions)
      .where(
        and(
          eq(decisions.subject, decision.subject),
          eq(decisions.subjectId, decision.subjectId),
          isNull(decisions.undoneAt),
        ),
      )
      .orderBy(desc(decisions.decidedAt), desc(decisions.id))
      .limit(1);
    if (latest?.id !== decision.id) throw refused();
    if (!(await subjectRules[decision.subject].revert(tx, decision.subjectId, decision.outcome)))
      throw refused();
    await tx.update(decisions).set({ undoneAt: clock.now() }).where(eq(decisions.id, decisionId));
    await recordAudit(tx, {
      actor: staff,
      action: 'decision.undone',
      subjectType: decision.subject,
      subjectId: decision.subjectId,
      subjectLabel: title,
      before: { decisionId, outcome: decision.outcome, reason: decision.reason, waiting: false },
      after: { decisionId, undone: true, waiting: true },
    });
  });
}

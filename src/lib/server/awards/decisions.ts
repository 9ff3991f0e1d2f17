/**
 * The review's decisions on an application: shortlist, reject or accept, each with a note, kept in
 * `application_decisions`. Accepting creates the honour on the profile with its provenance and
 * marks the profile honoured; the public lists, the directory and the home page follow in the same
 * transaction (`recordTalentChanges` bumps the change sequence the route cache follows).
 * {@link decideApplication} and {@link acceptApplication} are the only writers (an audit log hooks in here).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  applicationDecisions,
  type ApplicationDecisionOutcome,
  awardApplications,
  honours,
  talents,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { InvalidInputError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import * as clock from '@/lib/server/clock';
import { applicationSubject, loadManagedApplication } from './scope';
import { tellByNoticeAndMail } from './tell';

export const DECISION_NOTE_MAX_LENGTH = 1000;

export interface HonourProvenance {
  /** The number of the decision conferring the honour, e.g. "125-QĐ/TĐTN-BTC". */
  decisionNumber: string;
  issuedBy: string;
  /** The decision's day, YYYY-MM-DD. */
  decidedOn: string;
  /** The ceremony article, when there is one (http or https). */
  ceremonyUrl: string;
}

type Loaded = Awaited<ReturnType<typeof loadManagedApplication>>;

/** Which statuses each outcome may follow: a decided application is not decided again. */
const FROM: Record<ApplicationDecisionOutcome, readonly string[]> = {
  shortlisted: ['submitted'],
  rejected: ['submitted', 'shortlisted'],
  accepted: ['submitted', 'shortlisted'],
};

async function record(
  tx: Executor,
  loaded: Loaded,
  outcome: ApplicationDecisionOutcome,
  note: string,
  honourId: number | null = null,
) {
  const { staff, application } = loaded;
  if (!FROM[outcome].includes(application.status)) throw new InvalidInputError('awards.alreadyDecided');
  const decidedAt = clock.now();
  await tx
    .update(awardApplications)
    .set({ status: outcome, ...(honourId ? { honourId } : {}) })
    .where(eq(awardApplications.id, application.id));
  await tx
    .insert(applicationDecisions)
    .values({ applicationId: application.id, outcome, note, decidedById: staff.id, decidedAt });
  const action = {
    shortlisted: 'award.shortlist',
    rejected: 'award.reject',
    accepted: 'award.accept',
  } as const;
  await recordAudit(tx, {
    ...applicationSubject(staff, application.id, loaded.talentName),
    action: action[outcome],
    before: { status: application.status },
    after: { status: outcome, note, ...(honourId ? { honourId } : {}) },
  });
  // The talent hears of it (when they have an account), and so does a nominator who is not the decider.
  const told = new Set([loaded.talentUserId, application.submittedById]);
  told.delete(staff.id);
  told.delete(null);
  const kind =
    outcome === 'accepted' ? 'awardAccepted' : outcome === 'rejected' ? 'awardRejected' : 'awardShortlisted';
  for (const userId of told)
    await tellByNoticeAndMail(
      tx,
      userId!,
      kind,
      { award: application.awardName, note: note || '—' },
      'accountRequests',
    );
}

const cleanNote = (note: string) => note.trim().slice(0, DECISION_NOTE_MAX_LENGTH);

/**
 * Shortlists or rejects an application; a rejection needs a note (the applicant reads it).
 * @throws ForbiddenError unless staff of the talent's units; NotFoundError; InvalidInputError for a
 *   missing note (`note`) or an application already decided
 */
export async function decideApplication(
  db: Database,
  actor: Actor,
  input: { applicationId: number; outcome: 'shortlisted' | 'rejected'; note: string },
): Promise<void> {
  const note = cleanNote(input.note);
  await db.transaction(async (tx) => {
    const loaded = await loadManagedApplication(tx, actor, input.applicationId);
    if (input.outcome === 'rejected' && note === '')
      throw new InvalidInputError('workspace.reasonRequired', 'note');
    await record(tx, loaded, input.outcome, note);
  });
}

/**
 * Accepts an application: the honour of the call's kind and year goes on the profile with its
 * provenance, and the profile is marked honoured.
 * @returns the new honour's id
 * @throws ForbiddenError unless staff of the talent's units; NotFoundError; InvalidInputError for an
 *   application already decided, or a talent already holding this honour this year
 */
export async function acceptApplication(
  db: Database,
  actor: Actor,
  input: { applicationId: number; note: string } & HonourProvenance,
): Promise<number> {
  const note = cleanNote(input.note);
  return db.transaction(async (tx) => {
    const loaded = await loadManagedApplication(tx, actor, input.applicationId);
    const { application } = loaded;
    const [held] = await tx
      .select({ id: honours.id, revokedAt: honours.revokedAt })
      .from(honours)
      .where(
        and(
          eq(honours.talentId, application.talentId),
          eq(honours.kind, application.honourKind),
          eq(honours.year, application.awardYear),
        ),
      );
    if (held) throw new InvalidInputError('awards.alreadyHonoured');
    const [honour] = await tx
      .insert(honours)
      .values({
        talentId: application.talentId,
        kind: application.honourKind,
        title: application.awardName,
        year: application.awardYear,
        citation: note,
        decisionNumber: input.decisionNumber.trim(),
        issuedBy: input.issuedBy.trim(),
        decidedOn: input.decidedOn,
        ceremonyUrl: input.ceremonyUrl.trim() || null,
        createdAt: clock.now(),
      })
      .returning({ id: honours.id });
    await tx
      .update(talents)
      .set({ status: 'honoured', updatedAt: clock.now() })
      .where(eq(talents.id, application.talentId));
    await record(tx, loaded, 'accepted', note, honour!.id);
    await recordTalentChanges(tx, [application.talentId]);
    return honour!.id;
  });
}

/** The talent's honours still in force. */
export function liveHonoursOf(tx: Executor, talentId: number) {
  return tx
    .select({ id: honours.id })
    .from(honours)
    .where(and(eq(honours.talentId, talentId), isNull(honours.revokedAt)));
}

/**
 * Sending an application (a talent for themself) or a nomination (an officer for a talent of their
 * units) to an open award call, with a statement, evidence links and files, and the sender's
 * consent to the publication of the result. Eligibility is checked here, on submit: the plan's
 * 16–35 and the call's own rules.
 */
import { and, eq, isNull, like, or } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { applicationEvidence, awardApplications, honours, type Talent, talents } from '@db/schema';
import { type CallForApplications, checkApplicantAge } from '@/lib/awards/application-rules';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { recordStaffAudit } from '@/lib/server/audit/record';
import { InvalidInputError } from '@/lib/server/errors';
import { requireManaged } from '@/lib/server/officers/scope';
import { consumeRateLimit, limits } from '@/lib/server/rate-limit';
import { slugify } from '@/lib/vietnamese';
import * as clock from '@/lib/server/clock';
import { deleteEvidenceFiles, evidenceDir, saveEvidence } from '@/lib/server/uploads/evidence';
import { MAX_EVIDENCE_FILES, MAX_EVIDENCE_TOTAL_BYTES, processEvidenceFile } from './evidence-files';
import { applicationSubject } from './scope';
import { tellByNoticeAndMail } from './tell';

export interface ApplicationInput {
  /** Officers: the slug (or profile address) of the talent they nominate. */
  talent?: string;
  /** A talent without a profile: who they are, to find their record. */
  fullName?: string;
  birthYear?: number;
  statement: string;
  links: string[];
  files: Uint8Array[];
  consent: boolean;
}

export type SubmitOutcome =
  | { kind: 'submitted'; applicationId: number }
  /** The person has no profile, but one recorded without an account matches them: claim it first. */
  | { kind: 'claim'; slug: string; fullName: string };

/** The slug in a typed slug or profile address (`…/tai-nang/<slug>`). */
function slugOf(typed: string): string {
  return (typed.trim().split(/[?#]/)[0] ?? '').replace(/\/+$/, '').split('/').at(-1) ?? '';
}

/** A profile recorded without an account, of this name and birth year (slugs are the folded name). */
async function findUnclaimedRecord(db: Executor, fullName: string, birthYear: number) {
  const slug = slugify(fullName);
  if (slug === '') return undefined;
  const [row] = await db
    .select({ slug: talents.slug, fullName: talents.fullName })
    .from(talents)
    .where(
      and(
        or(eq(talents.slug, slug), like(talents.slug, `${slug}-%`)),
        eq(talents.birthYear, birthYear),
        isNull(talents.userId),
      ),
    )
    .limit(1);
  return row;
}

/** Refuses a birth year outside the call's band; the message names the birth years that qualify. */
function requireEligibleAge(birthYear: number, call: CallForApplications, field?: string) {
  if (!checkApplicantAge(birthYear, call).eligible) throw new InvalidInputError('awards.ageOutOfBand', field);
}

/** The talent the application is about, checked against who sends it. */
async function resolveTalent(
  db: Database,
  actor: Actor,
  call: CallForApplications,
  input: ApplicationInput,
): Promise<Talent | Extract<SubmitOutcome, { kind: 'claim' }>> {
  if (actor.role === 'talent') {
    const [own] = await db.select().from(talents).where(eq(talents.userId, actor.id));
    if (own) return own;
    if (input.birthYear === undefined) throw new InvalidInputError('form.required', 'birthYear');
    requireEligibleAge(input.birthYear, call, 'birthYear');
    const record = await findUnclaimedRecord(db, input.fullName ?? '', input.birthYear);
    if (record) return { kind: 'claim', ...record };
    throw new InvalidInputError('awards.profileNeeded');
  }
  const slug = slugOf(input.talent ?? '');
  if (slug === '') throw new InvalidInputError('form.required', 'talent');
  const [talent] = await db.select().from(talents).where(eq(talents.slug, slug));
  if (!talent) throw new InvalidInputError('awards.talentNotFound', 'talent');
  return requireManaged(db, actor, talent);
}

/** The call's own rules and the one-file-per-call rule, for a known talent. */
async function requireEligibleTalent(
  db: Executor,
  talent: Talent,
  call: CallForApplications,
  field?: string,
) {
  requireEligibleAge(talent.birthYear, call, field);
  if (call.firstTimeOnly) {
    const [held] = await db
      .select({ id: honours.id })
      .from(honours)
      .where(
        and(eq(honours.talentId, talent.id), eq(honours.kind, call.honourKind), isNull(honours.revokedAt)),
      )
      .limit(1);
    if (held) throw new InvalidInputError('awards.alreadyHonoured', field);
  }
  const [sent] = await db
    .select({ id: awardApplications.id })
    .from(awardApplications)
    .where(and(eq(awardApplications.talentId, talent.id), eq(awardApplications.callKey, call.key)));
  if (sent) throw new InvalidInputError('awards.alreadyApplied', field);
}

/**
 * Sends an application or a nomination to `call`.
 * @throws ForbiddenError unless a talent, officer or admin (officers: only talents of their units);
 *   RateLimitedError; InvalidInputError for a closed call, a missing consent, too many or bad files,
 *   an age outside the band (`awards.ageOutOfBand`), a talent already honoured or already applied,
 *   or a person without a profile and no record to claim (`awards.profileNeeded`)
 */
export async function submitApplication(
  db: Database,
  actor: Actor,
  call: CallForApplications,
  input: ApplicationInput,
  { dir = evidenceDir(), now = clock.now() } = {},
): Promise<SubmitOutcome> {
  requireRole(actor, 'talent', 'officer', 'admin');
  if (call.status !== 'open') throw new InvalidInputError('awards.callNotOpen');
  if (!input.consent) throw new InvalidInputError('awards.consentRequired', 'consent');
  if (input.files.length > MAX_EVIDENCE_FILES) throw new InvalidInputError('evidence.tooMany', 'files');
  if (input.files.reduce((sum, f) => sum + f.length, 0) > MAX_EVIDENCE_TOTAL_BYTES)
    throw new InvalidInputError('evidence.tooLarge', 'files');
  const talent = await resolveTalent(db, actor, call, input);
  if ('kind' in talent) return talent;
  const kind = actor.role === 'talent' ? 'application' : 'nomination';
  const field = kind === 'nomination' ? 'talent' : undefined;
  await requireEligibleTalent(db, talent, call, field);
  await consumeRateLimit(
    db,
    `award-apply:user:${actor.id}`,
    limits.awardApplicationPerAccount,
    now.getTime(),
  );

  const processed: Awaited<ReturnType<typeof processEvidenceFile>>[] = [];
  for (const bytes of input.files) processed.push(await processEvidenceFile(bytes));
  const names: string[] = [];
  try {
    for (const file of processed) names.push(await saveEvidence(file, dir));
    const applicationId = await db.transaction(async (tx) => {
      // Checked again in the write's transaction: a double click must not send two files.
      await requireEligibleTalent(tx, talent, call, field);
      const [row] = await tx
        .insert(awardApplications)
        .values({
          callKey: call.key,
          awardName: call.awardName,
          awardYear: call.awardYear,
          honourKind: call.honourKind,
          criteriaCount: call.criteriaCount,
          kind,
          talentId: talent.id,
          submittedById: actor.id,
          statement: input.statement,
          links: input.links,
          consentAt: now,
          createdAt: now,
        })
        .returning({ id: awardApplications.id });
      if (names.length > 0)
        await tx.insert(applicationEvidence).values(
          names.map((fileName, i) => ({
            applicationId: row!.id,
            fileName,
            bytes: processed[i]!.bytes.length,
          })),
        );
      await recordStaffAudit(tx, {
        ...applicationSubject(actor, row!.id, talent.fullName),
        action: 'award.nominate',
        after: { callKey: call.key, talentId: talent.id, files: names.length },
      });
      if (kind === 'nomination' && talent.userId !== null)
        await tellByNoticeAndMail(
          tx,
          talent.userId,
          'awardNominated',
          { award: call.awardName },
          'accountRequests',
        );
      return row!.id;
    });
    return { kind: 'submitted', applicationId };
  } catch (error) {
    await deleteEvidenceFiles(names, dir);
    throw error;
  }
}

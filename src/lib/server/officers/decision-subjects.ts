/**
 * What each decision does to its subject, and how an undo puts it back. Only the decision writer
 * (decisions.ts) calls these, inside its transaction, after checking who may decide.
 */
import { and, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Executor } from '@db/client';
import {
  achievementCorrections,
  achievements,
  type DecisionOutcome,
  type DecisionSubject,
  employers,
  type ReviewState,
  talentClaims,
  talents,
  users,
} from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { ownedTalentId } from '@/lib/server/talents/ownership';
import * as clock from '@/lib/server/clock';

/** A subject as the writer needs it: whose unit decides, whom to tell, what to call it. */
export interface LoadedSubject {
  /** The unit whose officers decide; null for an employer (any officer may). */
  unitId: number | null;
  talentId: number | null;
  recipientId: number | null;
  title: string;
  /** Whether it still waits for a decision. */
  waiting: boolean;
}

interface SubjectRules {
  outcomes: readonly DecisionOutcome[];
  load(tx: Executor, id: number): Promise<LoadedSubject | undefined>;
  /** Applies `outcome`; returns the other claims it closed (a person owns one profile). */
  apply(tx: Executor, staff: Actor, id: number, outcome: DecisionOutcome): Promise<number[] | void>;
  /** Puts the subject back in its queue; false when it changed since and cannot go back. */
  revert(tx: Executor, id: number, outcome: DecisionOutcome): Promise<boolean>;
}

const refused = (
  key: 'workspace.decisionRefused' | 'workspace.draftIneligible' = 'workspace.decisionRefused',
) => new InvalidInputError(key, key === 'workspace.draftIneligible' ? 'birthYear' : 'outcome');
const stateOf = (outcome: DecisionOutcome): ReviewState => (outcome === 'returned' ? 'returned' : 'refused');

const achievementRules: SubjectRules = {
  outcomes: ['verified', 'refused', 'returned'],
  async load(tx, id) {
    const [row] = await tx
      .select({
        unitId: talents.unitId,
        talentId: talents.id,
        recipientId: talents.userId,
        title: achievements.title,
        verifiedAt: achievements.verifiedAt,
        reviewState: achievements.reviewState,
      })
      .from(achievements)
      .innerJoin(talents, eq(talents.id, achievements.talentId))
      .where(eq(achievements.id, id));
    return row && { ...row, waiting: row.verifiedAt === null && row.reviewState === 'waiting' };
  },
  async apply(tx, staff, id, outcome) {
    const [row] = await tx
      .update(achievements)
      .set(
        outcome === 'verified'
          ? { verifiedById: staff.id, verifiedAt: clock.now() }
          : { reviewState: stateOf(outcome) },
      )
      .where(eq(achievements.id, id))
      .returning({ talentId: achievements.talentId });
    if (outcome === 'verified') await recordTalentChanges(tx, [row!.talentId]);
  },
  async revert(tx, id, outcome) {
    const verified = outcome === 'verified';
    const rows = await tx
      .update(achievements)
      .set({ verifiedAt: null, verifiedById: null, reviewState: 'waiting' })
      .where(
        and(
          eq(achievements.id, id),
          verified ? isNotNull(achievements.verifiedAt) : eq(achievements.reviewState, stateOf(outcome)),
        ),
      )
      .returning({ talentId: achievements.talentId });
    if (verified && rows[0]) await recordTalentChanges(tx, [rows[0].talentId]);
    return rows.length > 0;
  },
};

const profileRules: SubjectRules = {
  outcomes: ['verified', 'refused', 'returned'],
  async load(tx, id) {
    const [row] = await tx
      .select({
        unitId: talents.unitId,
        talentId: talents.id,
        recipientId: talents.userId,
        title: talents.fullName,
        status: talents.status,
        reviewState: talents.reviewState,
      })
      .from(talents)
      .where(eq(talents.id, id));
    return row && { ...row, waiting: row.status === 'draft' && row.reviewState === 'waiting' };
  },
  async apply(tx, _staff, id, outcome) {
    if (outcome === 'verified') {
      const [talent] = await tx
        .select({ birthYear: talents.birthYear, discoveredYear: talents.discoveredYear })
        .from(talents)
        .where(eq(talents.id, id));
      // The age rule again: a draft may have been edited, or made before the rule applied.
      if (!isEligibleInYear(talent!.birthYear, talent!.discoveredYear))
        throw new InvalidInputError('workspace.draftIneligible', 'birthYear');
    }
    const change =
      outcome === 'verified' ? { status: 'verified' as const } : { reviewState: stateOf(outcome) };
    await tx
      .update(talents)
      .set({ ...change, updatedAt: clock.now() })
      .where(eq(talents.id, id));
    if (outcome === 'verified') await recordTalentChanges(tx, [id]);
  },
  async revert(tx, id, outcome) {
    const verified = outcome === 'verified';
    const rows = await tx
      .update(talents)
      .set({ status: 'draft', reviewState: 'waiting', updatedAt: clock.now() })
      .where(
        and(
          eq(talents.id, id),
          verified ? eq(talents.status, 'verified') : eq(talents.reviewState, stateOf(outcome)),
        ),
      )
      .returning({ id: talents.id });
    if (verified && rows[0]) await recordTalentChanges(tx, [id]);
    return rows.length > 0;
  },
};

const employerRules: SubjectRules = {
  outcomes: ['verified', 'refused', 'returned'],
  async load(tx, id) {
    const [row] = await tx
      .select({
        title: employers.organisationName,
        verifiedAt: employers.verifiedAt,
        reviewState: employers.reviewState,
        role: users.role,
        emailVerifiedAt: users.emailVerifiedAt,
        disabledAt: users.disabledAt,
      })
      .from(employers)
      .innerJoin(users, eq(users.id, employers.userId))
      .where(eq(employers.userId, id));
    if (!row) return undefined;
    // An unconfirmed address or a disabled account cannot be vouched for: it is not waiting.
    const ready = row.role === 'employer' && row.emailVerifiedAt !== null && row.disabledAt === null;
    const waiting = ready && row.verifiedAt === null && row.reviewState === 'waiting';
    return { unitId: null, talentId: null, recipientId: id, title: row.title, waiting };
  },
  async apply(tx, staff, id, outcome) {
    await tx
      .update(employers)
      .set(
        outcome === 'verified'
          ? { verifiedAt: clock.now(), verifiedById: staff.id }
          : { reviewState: stateOf(outcome) },
      )
      .where(eq(employers.userId, id));
  },
  async revert(tx, id, outcome) {
    const rows = await tx
      .update(employers)
      .set({ verifiedAt: null, verifiedById: null, reviewState: 'waiting' })
      .where(
        and(
          eq(employers.userId, id),
          outcome === 'verified'
            ? isNotNull(employers.verifiedAt)
            : eq(employers.reviewState, stateOf(outcome)),
        ),
      )
      .returning({ id: employers.userId });
    return rows.length > 0;
  },
};

const claimRules: SubjectRules = {
  outcomes: ['approved', 'rejected'],
  async load(tx, id) {
    const [row] = await tx
      .select({
        unitId: talents.unitId,
        talentId: talents.id,
        recipientId: talentClaims.userId,
        title: talents.fullName,
        status: talentClaims.status,
      })
      .from(talentClaims)
      .innerJoin(talents, eq(talents.id, talentClaims.talentId))
      .where(eq(talentClaims.id, id));
    return row && { ...row, waiting: row.status === 'pending' };
  },
  async apply(tx, staff, id, outcome) {
    const [claim] = await tx.select().from(talentClaims).where(eq(talentClaims.id, id));
    const decided = { decidedAt: clock.now(), decidedById: staff.id };
    if (outcome === 'rejected') {
      await tx
        .update(talentClaims)
        .set({ status: 'rejected', ...decided })
        .where(eq(talentClaims.id, id));
      return;
    }
    const [claimant] = await tx
      .select({ role: users.role, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, claim!.userId));
    if (!claimant || claimant.role !== 'talent' || claimant.disabledAt) throw refused();
    if ((await ownedTalentId(tx, claim!.userId)) !== null) throw refused();
    const linked = await tx
      .update(talents)
      .set({ userId: claim!.userId, updatedAt: clock.now() })
      .where(and(eq(talents.id, claim!.talentId), isNull(talents.userId)))
      .returning({ id: talents.id });
    if (linked.length === 0) throw refused();
    await tx
      .update(talentClaims)
      .set({ status: 'approved', ...decided })
      .where(eq(talentClaims.id, id));
    await recordTalentChanges(tx, [claim!.talentId]);
    // The other pending claims on this profile, and the claimant's other pending claims, close.
    const others = await tx
      .update(talentClaims)
      .set({ status: 'rejected', ...decided })
      .where(
        and(
          eq(talentClaims.status, 'pending'),
          ne(talentClaims.id, id),
          or(eq(talentClaims.talentId, claim!.talentId), eq(talentClaims.userId, claim!.userId)),
        ),
      )
      .returning({ id: talentClaims.id });
    return others.map((o) => o.id);
  },
  async revert(tx, id, outcome) {
    // Handing a profile to an account is not undone by a click: an officer would reassign it.
    if (outcome !== 'rejected') return false;
    const rows = await tx
      .update(talentClaims)
      .set({ status: 'pending', decidedAt: null, decidedById: null })
      .where(and(eq(talentClaims.id, id), eq(talentClaims.status, 'rejected')))
      .returning({ talentId: talentClaims.talentId });
    return rows.length > 0;
  },
};

const correctionRules: SubjectRules = {
  outcomes: ['approved', 'rejected'],
  async load(tx, id) {
    const [row] = await tx
      .select({
        unitId: talents.unitId,
        talentId: talents.id,
        recipientId: achievementCorrections.userId,
        title: achievements.title,
        status: achievementCorrections.status,
      })
      .from(achievementCorrections)
      .innerJoin(achievements, eq(achievements.id, achievementCorrections.achievementId))
      .innerJoin(talents, eq(talents.id, achievements.talentId))
      .where(eq(achievementCorrections.id, id));
    return row && { ...row, waiting: row.status === 'pending' };
  },
  async apply(tx, staff, id, outcome) {
    const [correction] = await tx
      .update(achievementCorrections)
      .set({ status: outcome === 'approved' ? 'approved' : 'rejected' })
      .where(eq(achievementCorrections.id, id))
      .returning();
    if (outcome !== 'approved') return;
    // The corrected values are the Youth Union's record now, vouched for by this officer.
    const [row] = await tx
      .update(achievements)
      .set({ ...correction!.proposed, verifiedById: staff.id, verifiedAt: clock.now() })
      .where(eq(achievements.id, correction!.achievementId))
      .returning({ talentId: achievements.talentId });
    await recordTalentChanges(tx, [row!.talentId]);
  },
  async revert(tx, id, outcome) {
    // The values a correction replaced are not kept: only a rejection goes back to the queue.
    if (outcome !== 'rejected') return false;
    const rows = await tx
      .update(achievementCorrections)
      .set({ status: 'pending' })
      .where(and(eq(achievementCorrections.id, id), eq(achievementCorrections.status, 'rejected')))
      .returning({ id: achievementCorrections.id });
    return rows.length > 0;
  },
};

/** The rules of each queue's subject. */
export const subjectRules: Record<DecisionSubject, SubjectRules> = {
  claim: claimRules,
  profile: profileRules,
  achievement: achievementRules,
  employer: employerRules,
  correction: correctionRules,
};

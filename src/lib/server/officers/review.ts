/**
 * What an officer needs to decide on one waiting item: the item, the talent behind it with all
 * their achievements, the claimant or employer, and every earlier decision on it.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  type Achievement,
  type AchievementEvidence,
  achievementCorrections,
  achievements,
  type AchievementValues,
  type Decision,
  type DecisionSubject,
  decisions,
  employers,
  talentClaims,
  talents,
  units,
  users,
} from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Actor } from '@/lib/server/auth/actor';
import { NotFoundError } from '@/lib/server/errors';
import { listEvidence } from '@/lib/server/records/evidence';
import { readUnitHistory, type UnitHistoryEntry } from '@/lib/server/records/reading';
import { subjectRules } from './decision-subjects';
import { isUndoable } from './decisions';
import { requireManaged, requireStaff } from './scope';

export interface ReviewTalent {
  id: number;
  slug: string;
  fullName: string;
  unitName: string;
  birthYear: number;
  discoveredYear: number;
  status: string;
  shortBio: string;
  eligible: boolean;
}

export interface ReviewHistoryEntry extends Pick<
  Decision,
  'id' | 'outcome' | 'reason' | 'decidedAt' | 'subject'
> {
  deciderName: string | null;
  undone: boolean;
  undoable: boolean;
}

export interface Review {
  subject: DecisionSubject;
  subjectId: number;
  title: string;
  waiting: boolean;
  talent: ReviewTalent | null;
  /** The achievement under review, and the talent's other ones. */
  achievement: Achievement | null;
  achievements: Achievement[];
  claim: { message: string; claimantName: string; claimantEmail: string } | null;
  /** A correction's proposed values, to compare with the achievement on record. */
  correction: { proposed: AchievementValues; message: string } | null;
  employer: {
    organisationName: string;
    registrationNumber: string;
    website: string | null;
    contactPerson: string;
    email: string;
  } | null;
  history: ReviewHistoryEntry[];
  /** Evidence files of the achievement under review and of the talent's others. */
  evidence: Map<number, AchievementEvidence[]>;
  /** The talent's moves between units, newest first. */
  unitHistory: UnitHistoryEntry[];
}

/**
 * The review of one item of a queue, for an officer who manages it.
 * @throws ForbiddenError unless the actor is staff managing the item's unit; NotFoundError for an
 *   unknown item.
 */
export async function getReview(
  db: Database,
  actor: Actor,
  subject: DecisionSubject,
  id: number,
): Promise<Review> {
  const staff = requireStaff(actor);
  const loaded = await subjectRules[subject].load(db, id);
  if (!loaded) throw new NotFoundError();
  if (loaded.unitId !== null) await requireManaged(db, staff, { unitId: loaded.unitId });

  const talent = loaded.talentId === null ? null : await readTalent(db, loaded.talentId);
  const all = talent
    ? await db
        .select()
        .from(achievements)
        .where(eq(achievements.talentId, talent.id))
        .orderBy(desc(achievements.year), desc(achievements.id))
    : [];
  const [correction] =
    subject === 'correction'
      ? await db
          .select({
            achievementId: achievementCorrections.achievementId,
            proposed: achievementCorrections.proposed,
            message: achievementCorrections.message,
          })
          .from(achievementCorrections)
          .where(eq(achievementCorrections.id, id))
      : [];
  const achievementId = subject === 'achievement' ? id : correction?.achievementId;
  const achievement = all.find((a) => a.id === achievementId) ?? null;
  const [claim] =
    subject === 'claim'
      ? await db
          .select({
            message: talentClaims.message,
            claimantName: users.displayName,
            claimantEmail: users.email,
          })
          .from(talentClaims)
          .innerJoin(users, eq(users.id, talentClaims.userId))
          .where(eq(talentClaims.id, id))
      : [];
  const [employer] =
    subject === 'employer'
      ? await db
          .select({
            organisationName: employers.organisationName,
            registrationNumber: employers.registrationNumber,
            website: employers.website,
            contactPerson: employers.contactPerson,
            email: users.email,
          })
          .from(employers)
          .innerJoin(users, eq(users.id, employers.userId))
          .where(eq(employers.userId, id))
      : [];
  return {
    subject,
    subjectId: id,
    title: loaded.title,
    waiting: loaded.waiting,
    talent,
    achievement,
    achievements: all.filter((a) => a.id !== achievement?.id),
    claim: claim ?? null,
    correction: correction ? { proposed: correction.proposed, message: correction.message } : null,
    employer: employer ?? null,
    history: await readHistory(db, subject, id, talent?.id ?? null),
    evidence: await listEvidence(
      db,
      all.map((a) => a.id),
    ),
    unitHistory: talent ? await readUnitHistory(db, talent.id) : [],
  };
}

async function readTalent(db: Database, talentId: number): Promise<ReviewTalent | null> {
  const [row] = await db
    .select({
      id: talents.id,
      slug: talents.slug,
      fullName: talents.fullName,
      unitName: units.name,
      birthYear: talents.birthYear,
      discoveredYear: talents.discoveredYear,
      status: talents.status,
      shortBio: talents.shortBio,
    })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(eq(talents.id, talentId));
  return row ? { ...row, eligible: isEligibleInYear(row.birthYear, row.discoveredYear) } : null;
}

/** The decisions on this item, and for a talent's item those on the talent's profile too, newest first. */
async function readHistory(db: Database, subject: DecisionSubject, id: number, talentId: number | null) {
  const rows = await db
    .select({
      id: decisions.id,
      subject: decisions.subject,
      outcome: decisions.outcome,
      reason: decisions.reason,
      decidedAt: decisions.decidedAt,
      undoneAt: decisions.undoneAt,
      deciderName: users.displayName,
    })
    .from(decisions)
    .leftJoin(users, eq(users.id, decisions.decidedById))
    .where(
      or(
        and(eq(decisions.subject, subject), eq(decisions.subjectId, id)),
        talentId === null ? undefined : eq(decisions.talentId, talentId),
      ),
    )
    .orderBy(desc(decisions.decidedAt), desc(decisions.id))
    .limit(50);
  const latestOfSubject = rows.find((r) => r.subject === subject && r.undoneAt === null);
  return rows.map(({ undoneAt, ...row }) => ({
    ...row,
    undone: undoneAt !== null,
    // Only the latest decision on this very item can be undone, and only on its day.
    undoable: row.id === latestOfSubject?.id && isUndoable({ ...row, undoneAt }),
  }));
}

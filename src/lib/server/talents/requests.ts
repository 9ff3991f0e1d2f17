/**
 * What a person has asked the Youth Union for, and where each request stands: their profile, each
 * achievement on it, their claims on recorded profiles, their employer verification. The reason or
 * note comes from the latest decision on each (officers/decisions.ts writes them).
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  achievementCorrections,
  achievements,
  type DecisionSubject,
  decisions,
  employers,
  type ReviewState,
  talentClaims,
  talents,
} from '@db/schema';

export type RequestStatus = 'waiting' | 'accepted' | 'refused' | 'returned';

export interface OwnRequest {
  subject: DecisionSubject;
  id: number;
  title: string;
  status: RequestStatus;
  /** The officer's reason or note for a refusal or a return. */
  reason: string | null;
}

const fromReview = (verified: boolean, state: ReviewState): RequestStatus => (verified ? 'accepted' : state);
const fromClaim = { pending: 'waiting', approved: 'accepted', rejected: 'refused' } as const;

/** Every request of the account `userId`: the profile, achievements, corrections, claims, employer. */
export async function listOwnRequests(db: Database, userId: number): Promise<OwnRequest[]> {
  const [profile] = await db
    .select({
      id: talents.id,
      title: talents.fullName,
      status: talents.status,
      reviewState: talents.reviewState,
    })
    .from(talents)
    .where(eq(talents.userId, userId))
    .limit(1);
  const [achievementRows, claimRows, employerRows, correctionRows, decisionRows] = await Promise.all([
    profile
      ? db
          .select({
            id: achievements.id,
            title: achievements.title,
            verifiedAt: achievements.verifiedAt,
            reviewState: achievements.reviewState,
          })
          .from(achievements)
          .where(eq(achievements.talentId, profile.id))
          .orderBy(desc(achievements.createdAt))
      : [],
    db
      .select({ id: talentClaims.id, title: talents.fullName, status: talentClaims.status })
      .from(talentClaims)
      .innerJoin(talents, eq(talents.id, talentClaims.talentId))
      .where(eq(talentClaims.userId, userId))
      .orderBy(desc(talentClaims.createdAt)),
    db
      .select({
        title: employers.organisationName,
        verifiedAt: employers.verifiedAt,
        reviewState: employers.reviewState,
      })
      .from(employers)
      .where(eq(employers.userId, userId)),
    db
      .select({
        id: achievementCorrections.id,
        title: achievements.title,
        status: achievementCorrections.status,
      })
      .from(achievementCorrections)
      .innerJoin(achievements, eq(achievements.id, achievementCorrections.achievementId))
      .where(eq(achievementCorrections.userId, userId))
      .orderBy(desc(achievementCorrections.createdAt)),
    db
      .select({ subject: decisions.subject, subjectId: decisions.subjectId, reason: decisions.reason })
      .from(decisions)
      .where(and(eq(decisions.recipientId, userId), isNull(decisions.undoneAt)))
      .orderBy(desc(decisions.decidedAt), desc(decisions.id)),
  ]);
  const reasons = new Map<string, string>();
  for (const d of decisionRows)
    if (!reasons.has(`${d.subject}:${d.subjectId}`)) reasons.set(`${d.subject}:${d.subjectId}`, d.reason);
  const withReason = (request: Omit<OwnRequest, 'reason'>): OwnRequest => ({
    ...request,
    reason:
      request.status === 'refused' || request.status === 'returned'
        ? reasons.get(`${request.subject}:${request.id}`) || null
        : null,
  });
  return [
    ...(profile
      ? [
          withReason({
            subject: 'profile',
            id: profile.id,
            title: profile.title,
            status: fromReview(profile.status !== 'draft', profile.reviewState),
          }),
        ]
      : []),
    ...achievementRows.map((a) =>
      withReason({
        subject: 'achievement',
        id: a.id,
        title: a.title,
        status: fromReview(a.verifiedAt !== null, a.reviewState),
      }),
    ),
    ...correctionRows.map((c) =>
      withReason({ subject: 'correction', id: c.id, title: c.title, status: fromClaim[c.status] }),
    ),
    ...claimRows.map((c) =>
      withReason({ subject: 'claim', id: c.id, title: c.title, status: fromClaim[c.status] }),
    ),
    ...employerRows.map((e) =>
      withReason({
        subject: 'employer',
        id: userId,
        title: e.title,
        status: fromReview(e.verifiedAt !== null, e.reviewState),
      }),
    ),
  ];
}

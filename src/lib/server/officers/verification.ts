/**
 * The accepting decisions under their own names, for callers that only ever accept (the demo
 * seed, tests, the one-click buttons). Each goes through the decision writer (decisions.ts).
 */
import type { Database } from '@db/client';
import type { Actor } from '@/lib/server/auth/actor';
import { decide } from './decisions';

/** Verifies a waiting achievement; the directory's highest level follows at once. */
export function verifyAchievement(db: Database, actor: Actor, achievementId: number): Promise<void> {
  return decide(db, actor, { subject: 'achievement', subjectId: achievementId, outcome: 'verified' });
}

/** Verifies a waiting draft profile, which lists it in the directory as far as its visibility allows. */
export function verifyTalentProfile(db: Database, actor: Actor, talentId: number): Promise<void> {
  return decide(db, actor, { subject: 'profile', subjectId: talentId, outcome: 'verified' });
}

/** Verifies a waiting employer: its next request sees what talents show to verified employers. */
export function verifyEmployer(db: Database, actor: Actor, employerUserId: number): Promise<void> {
  return decide(db, actor, { subject: 'employer', subjectId: employerUserId, outcome: 'verified' });
}

/**
 * Approves a claim (the profile passes to the claimant; their other claims and the profile's other
 * claims close) or rejects it with a reason.
 */
export async function decideClaim(
  db: Database,
  actor: Actor,
  claimId: number,
  approve: boolean,
  reason = '',
): Promise<'approved' | 'rejected'> {
  const outcome = approve ? 'approved' : 'rejected';
  await decide(db, actor, { subject: 'claim', subjectId: claimId, outcome, reason });
  return outcome;
}

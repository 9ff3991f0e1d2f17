/**
 * What the officers' workspace reads of applications: per call, the counts and a page of
 * applications under a status filter; per application, everything needed to decide. Every read is
 * limited to the talents of the actor's units, so another unit's applications never show.
 */
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  applicationDecisions,
  applicationEvidence,
  applicationReviews,
  type ApplicationStatus,
  applicationStatuses,
  awardApplications,
  awardApplicationTallies,
  honours,
  talents,
  units,
  users,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { LibraryError } from '@/lib/server/errors';
import { inManagedUnits, requireStaff } from '@/lib/server/officers/scope';
import { parsePageParam } from '@/lib/pagination';
import { isOwnNomination, loadManagedApplication } from './scope';

export const APPLICATIONS_PAGE_SIZE = 20;

/**
 * How many applications of each status each of `callKeys` has, among the actor's talents: the
 * calls a page lists, summed from the tallies the triggers keep (a row per call, unit and status).
 */
export async function countApplicationsByCall(db: Database, actor: Actor, callKeys: string[]) {
  const reach = inManagedUnits(requireStaff(actor), awardApplicationTallies.unitId);
  if (callKeys.length === 0) return new Map<string, Record<ApplicationStatus, number>>();
  const rows = await db
    .select({
      callKey: awardApplicationTallies.callKey,
      status: awardApplicationTallies.status,
      n: sql<number>`sum(${awardApplicationTallies.count})`,
    })
    .from(awardApplicationTallies)
    .where(and(inArray(awardApplicationTallies.callKey, callKeys), reach))
    .groupBy(awardApplicationTallies.callKey, awardApplicationTallies.status);
  const byCall = new Map<string, Record<ApplicationStatus, number>>();
  for (const row of rows) {
    const counts = byCall.get(row.callKey) ?? { submitted: 0, shortlisted: 0, accepted: 0, rejected: 0 };
    counts[row.status] = Number(row.n);
    byCall.set(row.callKey, counts);
  }
  return byCall;
}

/** The status filter of a call's list from the query: a known status, or none (all). */
export function parseStatusFilter(value: string | null): ApplicationStatus | null {
  return (applicationStatuses as readonly string[]).includes(value ?? '')
    ? (value as ApplicationStatus)
    : null;
}

/**
 * One page of a call's applications among the actor's talents, newest first, with the number of
 * scores and their mean; null past the last page.
 */
export async function listCallApplications(
  db: Database,
  actor: Actor,
  callKey: string,
  params: URLSearchParams,
) {
  const reach = inManagedUnits(requireStaff(actor), awardApplications.unitId);
  const status = parseStatusFilter(params.get('status'));
  const page = parsePageParam(params.get('page'));
  if (page === null) return null;
  const where: SQL | undefined = and(
    eq(awardApplications.callKey, callKey),
    reach,
    status ? eq(awardApplications.status, status) : undefined,
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(awardApplications).where(where);
  const totalPages = Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE));
  if (page > totalPages) return null;
  const items = await db
    .select({
      id: awardApplications.id,
      kind: awardApplications.kind,
      status: awardApplications.status,
      createdAt: awardApplications.createdAt,
      talentName: talents.fullName,
      unitName: units.name,
    })
    .from(awardApplications)
    .innerJoin(talents, eq(talents.id, awardApplications.talentId))
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(where)
    .orderBy(desc(awardApplications.createdAt), desc(awardApplications.id))
    .limit(APPLICATIONS_PAGE_SIZE)
    .offset((page - 1) * APPLICATIONS_PAGE_SIZE);
  const scores = items.length
    ? await db
        .select({ applicationId: applicationReviews.applicationId, scores: applicationReviews.scores })
        .from(applicationReviews)
        .where(
          inArray(
            applicationReviews.applicationId,
            items.map((item) => item.id),
          ),
        )
    : [];
  return {
    status,
    page,
    totalPages,
    total,
    items: items.map((item) => {
      const sums = scores
        .filter((s) => s.applicationId === item.id && s.scores)
        .map((s) => s.scores!.reduce((a, b) => a + b, 0) / s.scores!.length);
      const mean = sums.length ? sums.reduce((a, b) => a + b, 0) / sums.length : null;
      return { ...item, scoreCount: sums.length, mean };
    }),
  };
}

/**
 * Everything an application's review page shows: the application, its talent, evidence, scores
 * by reviewer (with the mean per criterion), decisions so far, the honour it gave, and what the
 * actor may still do.
 * @throws ForbiddenError for anyone but staff of the talent's units; NotFoundError
 */
export async function getApplicationReview(db: Database, actor: Actor, applicationId: number) {
  const loaded = await loadManagedApplication(db, actor, applicationId);
  const { staff, application } = loaded;
  const [evidence, reviews, decisionRows, honourRows, unitRows] = await Promise.all([
    db
      .select({ fileName: applicationEvidence.fileName, bytes: applicationEvidence.bytes })
      .from(applicationEvidence)
      .where(eq(applicationEvidence.applicationId, application.id))
      .orderBy(asc(applicationEvidence.id)),
    db
      .select({ review: applicationReviews, reviewerName: users.displayName })
      .from(applicationReviews)
      .innerJoin(users, eq(users.id, applicationReviews.reviewerId))
      .where(eq(applicationReviews.applicationId, application.id))
      .orderBy(asc(applicationReviews.declaredAt)),
    db
      .select({ decision: applicationDecisions, deciderName: users.displayName })
      .from(applicationDecisions)
      .leftJoin(users, eq(users.id, applicationDecisions.decidedById))
      .where(eq(applicationDecisions.applicationId, application.id))
      .orderBy(asc(applicationDecisions.decidedAt)),
    application.honourId === null
      ? Promise.resolve([])
      : db.select().from(honours).where(eq(honours.id, application.honourId)),
    db.select({ name: units.name }).from(units).where(eq(units.id, loaded.unitId)),
  ]);
  const scored = reviews.flatMap((r) => (r.review.scores ? [r.review.scores] : []));
  const criterionMeans = Array.from({ length: application.criteriaCount }, (_, i) =>
    scored.length ? scored.reduce((sum, s) => sum + (s[i] ?? 0), 0) / scored.length : null,
  );
  const mine = reviews.find((r) => r.review.reviewerId === staff.id)?.review ?? null;
  const ownNomination = isOwnNomination(application, staff);
  const open = application.status === 'submitted' || application.status === 'shortlisted';
  return {
    application,
    talent: {
      name: loaded.talentName,
      slug: loaded.talentSlug,
      status: loaded.talentStatus,
      unitName: unitRows[0]?.name ?? '',
    },
    evidence,
    reviews,
    decisions: decisionRows,
    criterionMeans,
    honour: honourRows[0] ?? null,
    mine,
    /** What the actor may do now. */
    may: {
      declare: open && !ownNomination && mine === null,
      score: open && !ownNomination && mine !== null && !mine.hasConflict,
      decide: open,
      revoke: staff.role === 'admin' && !!honourRows[0] && honourRows[0].revokedAt === null,
    },
    ownNomination,
  };
}

export type ApplicationReview = Awaited<ReturnType<typeof getApplicationReview>>;

/** The applications a person sent or that are about their own profile, for their requests page. */
export async function listOwnApplications(db: Database, userId: number) {
  const rows = await db
    .select({
      id: awardApplications.id,
      awardName: awardApplications.awardName,
      kind: awardApplications.kind,
      status: awardApplications.status,
      createdAt: awardApplications.createdAt,
      talentName: talents.fullName,
    })
    .from(awardApplications)
    .innerJoin(talents, eq(talents.id, awardApplications.talentId))
    .where(or(eq(talents.userId, userId), eq(awardApplications.submittedById, userId)))
    .orderBy(desc(awardApplications.createdAt));
  if (rows.length === 0) return [];
  const notes = await db
    .select({ applicationId: applicationDecisions.applicationId, note: applicationDecisions.note })
    .from(applicationDecisions)
    .where(
      inArray(
        applicationDecisions.applicationId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(applicationDecisions.decidedAt));
  const latestNote = new Map(notes.map((n) => [n.applicationId, n.note]));
  return rows.map((row) => ({ ...row, note: latestNote.get(row.id) ?? '' }));
}

/**
 * Whether `actor` may open the evidence file `fileName`: staff of the talent's units, the talent
 * themself, and whoever sent the application.
 */
export async function canReadEvidence(db: Database, actor: Actor | null, fileName: string): Promise<boolean> {
  if (!actor) return false;
  const [row] = await db
    .select({
      applicationId: applicationEvidence.applicationId,
      talentUserId: talents.userId,
      submittedById: awardApplications.submittedById,
    })
    .from(applicationEvidence)
    .innerJoin(awardApplications, eq(awardApplications.id, applicationEvidence.applicationId))
    .innerJoin(talents, eq(talents.id, awardApplications.talentId))
    .where(eq(applicationEvidence.fileName, fileName));
  if (!row) return false;
  if (row.talentUserId === actor.id || row.submittedById === actor.id) return true;
  if ((actor.role !== 'officer' && actor.role !== 'admin') || !actor.emailVerified) return false;
  try {
    await loadManagedApplication(db, actor, row.applicationId);
    return true;
  } catch (error) {
    if (error instanceof LibraryError) return false;
    throw error;
  }
}

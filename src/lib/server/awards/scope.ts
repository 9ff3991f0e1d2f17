import { eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { awardApplications, talents } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { requireManaged, requireStaff } from '@/lib/server/officers/scope';

/**
 * An application as staff act on it, with its talent's unit and owner: it must exist and its
 * talent must belong to a unit `actor` manages (admins: all).
 * @throws ForbiddenError for anyone but staff and for another unit's application; NotFoundError
 */
export async function loadManagedApplication(tx: Executor, actor: Actor, applicationId: number) {
  const staff = requireStaff(actor);
  const [row] = await tx
    .select({
      application: awardApplications,
      unitId: talents.unitId,
      talentUserId: talents.userId,
      talentName: talents.fullName,
      talentSlug: talents.slug,
      talentStatus: talents.status,
    })
    .from(awardApplications)
    .innerJoin(talents, eq(talents.id, awardApplications.talentId))
    .where(eq(awardApplications.id, applicationId));
  return { staff, ...(await requireManaged(tx, staff, row)) };
}

/** Whether `actor` sent this nomination: they may neither score it nor declare on it. */
export function isOwnNomination(
  application: { kind: string; submittedById: number | null },
  actor: Actor,
): boolean {
  return application.kind === 'nomination' && application.submittedById === actor.id;
}

/** The actor and subject of an application's audit entries, named by its talent. */
export const applicationSubject = (actor: Actor, applicationId: number, talentName: string) =>
  ({ actor, subjectType: 'awardApplication', subjectId: applicationId, subjectLabel: talentName }) as const;

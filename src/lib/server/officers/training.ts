/**
 * Officer training on talent work, and the officers each unit puts in charge of it: the facts behind
 * the targets "officers in charge of talent work trained (100%)" and "all officers trained (≥70%
 * by 2025, ≥80% by 2030)" (src/lib/targets/compute.ts reads them through loadTargetFacts).
 */
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { officerTrainingAttendance, officerTrainings, talentWorkLeads, units, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { isCalendarDay } from '@/lib/server/nurture/activities';
import { managesUnit, requireStaff, unitSubtree } from './scope';

/** Officers `staff` answers for: admins every officer, an officer those of their unit and below. */
function managedOfficers(staff: Actor): SQL | undefined {
  const officers = and(eq(users.role, 'officer'), isNull(users.disabledAt));
  if (staff.role === 'admin') return officers;
  return staff.unitId === null ? sql`0` : and(officers, inArray(users.unitId, unitSubtree(staff.unitId)));
}

/** The officers `staff` answers for, with whether they lead talent work and when they were first trained. */
export async function listUnitOfficers(db: Executor, actor: Actor | null) {
  const staff = requireStaff(actor);
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      unitName: units.name,
      lead: sql<number>`EXISTS (SELECT 1 FROM ${talentWorkLeads} l WHERE l.user_id = ${users.id} AND l.unit_id = ${users.unitId})`,
      firstTrainedOn: sql<string | null>`(SELECT min(t.held_on) FROM ${officerTrainingAttendance} a
        JOIN ${officerTrainings} t ON t.id = a.training_id WHERE a.user_id = ${users.id})`,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(managedOfficers(staff))
    .orderBy(asc(units.sortOrder), asc(units.name), asc(users.displayName))
    .limit(500);
}

/** Puts an officer in charge of their unit's talent work, or takes them off it. */
export async function setTalentWorkLead(db: Database, actor: Actor | null, userId: number, lead: boolean) {
  const staff = requireStaff(actor);
  const [officer] = await db
    .select({ unitId: users.unitId, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.id, userId), managedOfficers(staff)));
  if (!officer || officer.unitId === null) throw new NotFoundError();
  const { unitId } = officer;
  await db.transaction(async (tx) => {
    const changed = lead
      ? await tx.insert(talentWorkLeads).values({ unitId, userId }).onConflictDoNothing().returning()
      : await tx
          .delete(talentWorkLeads)
          .where(and(eq(talentWorkLeads.userId, userId), eq(talentWorkLeads.unitId, unitId)))
          .returning();
    // Ticking a box already ticked changes nothing, and is not logged.
    if (changed.length === 0) return;
    await recordAudit(tx, {
      actor: staff,
      action: 'officer.talentWorkLead',
      subjectType: 'user',
      subjectId: userId,
      subjectLabel: officer.displayName,
      before: { lead: !lead, unitId },
      after: { lead, unitId },
    });
  });
}

/**
 * Records a training. An officer records one of a unit they manage; a province-wide training
 * (`unitId` null) is the province's (admins).
 */
export async function createTraining(
  db: Database,
  actor: Actor | null,
  input: { title: string; heldOn: string; unitId: number | null },
): Promise<number> {
  const staff = requireStaff(actor);
  if (!isCalendarDay(input.heldOn)) throw new InvalidInputError('activities.badDate', 'heldOn');
  const allowed = input.unitId === null ? staff.role === 'admin' : await managesUnit(db, staff, input.unitId);
  if (!allowed) throw new ForbiddenError();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(officerTrainings).values(input).returning({ id: officerTrainings.id });
    await recordAudit(tx, {
      actor: staff,
      action: 'training.create',
      subjectType: 'training',
      subjectId: row!.id,
      subjectLabel: input.title,
      after: { ...input },
    });
    return row!.id;
  });
}

/** Trainings an officer's people may have attended: province-wide ones and their units' ones. */
function visibleTrainings(staff: Actor): SQL | undefined {
  if (staff.role === 'admin') return undefined;
  if (staff.unitId === null) return isNull(officerTrainings.unitId);
  return or(isNull(officerTrainings.unitId), inArray(officerTrainings.unitId, unitSubtree(staff.unitId)));
}

export async function listTrainings(db: Executor, actor: Actor | null) {
  const staff = requireStaff(actor);
  return db
    .select({
      id: officerTrainings.id,
      title: officerTrainings.title,
      heldOn: officerTrainings.heldOn,
      unitName: units.name,
    })
    .from(officerTrainings)
    .leftJoin(units, eq(units.id, officerTrainings.unitId))
    .where(visibleTrainings(staff))
    .orderBy(desc(officerTrainings.heldOn), desc(officerTrainings.id))
    .limit(200);
}

/** A training `staff` may see, with which of the officers they answer for attended it. */
export async function getTraining(db: Executor, actor: Actor | null, id: number) {
  const staff = requireStaff(actor);
  const [training] = await db
    .select()
    .from(officerTrainings)
    .where(and(eq(officerTrainings.id, id), visibleTrainings(staff)));
  if (!training) throw new NotFoundError();
  const attended = await db
    .select({ userId: officerTrainingAttendance.userId })
    .from(officerTrainingAttendance)
    .where(eq(officerTrainingAttendance.trainingId, id));
  return { training, attendedIds: attended.map((a) => a.userId) };
}

/**
 * Sets who of the officers `staff` answers for attended a training: those in `userIds` did, the
 * others did not. Other units' officers are left as they are. Returns how many attended.
 */
export async function saveTrainingAttendance(
  db: Database,
  actor: Actor | null,
  trainingId: number,
  userIds: number[],
): Promise<number> {
  const staff = requireStaff(actor);
  const { training, attendedIds } = await getTraining(db, staff, trainingId);
  const mine = (await db.select({ id: users.id }).from(users).where(managedOfficers(staff))).map((u) => u.id);
  const attended = userIds.filter((id) => mine.includes(id));
  const absent = mine.filter((id) => !attended.includes(id));
  await db.transaction(async (tx) => {
    if (absent.length > 0)
      await tx
        .delete(officerTrainingAttendance)
        .where(
          and(
            eq(officerTrainingAttendance.trainingId, trainingId),
            inArray(officerTrainingAttendance.userId, absent),
          ),
        );
    if (attended.length > 0)
      await tx
        .insert(officerTrainingAttendance)
        .values(attended.map((userId) => ({ trainingId, userId })))
        .onConflictDoNothing();
    // Of the officers `staff` answers for: the log keeps their list, not other units'.
    const before = attendedIds.filter((id) => mine.includes(id)).sort((a, b) => a - b);
    const after = [...new Set(attended)].sort((a, b) => a - b);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await recordAudit(tx, {
      actor: staff,
      action: 'training.attendance',
      subjectType: 'training',
      subjectId: trainingId,
      subjectLabel: training.title,
      before: { attended: before },
      after: { attended: after },
    });
  });
  return attended.length;
}

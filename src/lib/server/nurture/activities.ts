import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  type Activity,
  type ActivityKind,
  activities,
  activityParticipants,
  type ParticipantRole,
  talents,
  units,
} from '@db/schema';
import { type Actor, canManageUnit } from '@/lib/server/auth/actor';
import { changedValues, recordAudit } from '@/lib/server/audit/record';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { managedTalents, requireStaff } from '@/lib/server/officers/scope';
import { isClockTime } from '@/lib/nurture/checkin-window';
import { isInNetwork } from '@/lib/visibility';

export interface ActivityInput {
  unitId: number;
  kind: ActivityKind;
  title: string;
  heldOn: string;
  /** HH:MM, or null: the whole day. */
  startsAt: string | null;
  endsAt: string | null;
  place: string;
  description: string;
}

/** Whether `day` is a real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

async function requireUnitManaged(db: Executor, staff: Actor, unitId: number): Promise<void> {
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!unit) throw new InvalidInputError('form.required', 'unitId');
  if (!canManageUnit(staff, unitId)) throw new ForbiddenError();
}

function checkInput(input: ActivityInput): void {
  if (!isCalendarDay(input.heldOn)) throw new InvalidInputError('activities.badDate', 'heldOn');
  for (const field of ['startsAt', 'endsAt'] as const) {
    const time = input[field];
    if (time !== null && !isClockTime(time)) throw new InvalidInputError('activities.badTime', field);
  }
  if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt)
    throw new InvalidInputError('activities.endsBeforeStart', 'endsAt');
}

/** The actor and subject of an activity's audit entries. */
export const activitySubject = (staff: Actor, id: number, title: string) =>
  ({ actor: staff, subjectType: 'activity', subjectId: id, subjectLabel: title }) as const;

/** Records an activity of a unit the officer manages; returns its id. */
export async function createActivity(
  db: Database,
  actor: Actor | null,
  input: ActivityInput,
): Promise<number> {
  const staff = requireStaff(actor);
  checkInput(input);
  await requireUnitManaged(db, staff, input.unitId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(activities)
      .values({ ...input, createdBy: staff.id })
      .returning({ id: activities.id });
    await recordAudit(tx, {
      ...activitySubject(staff, row!.id, input.title),
      action: 'activity.create',
      after: { ...input },
    });
    return row!.id;
  });
}

/** An activity the officer may change: it exists and its unit is theirs (admins: any). */
export async function getManagedActivity(db: Executor, actor: Actor | null, id: number): Promise<Activity> {
  const staff = requireStaff(actor);
  const [row] = await db.select().from(activities).where(eq(activities.id, id));
  if (!row) throw new NotFoundError();
  if (!canManageUnit(staff, row.unitId)) throw new ForbiddenError();
  return row;
}

/** Changes an activity; moving it to another unit needs that unit to be managed too. */
export async function updateActivity(db: Database, actor: Actor | null, id: number, input: ActivityInput) {
  const staff = requireStaff(actor);
  const activity = await getManagedActivity(db, staff, id);
  checkInput(input);
  await requireUnitManaged(db, staff, input.unitId);
  const change = changedValues<ActivityInput>(activity, input);
  if (!change) return;
  await db.transaction(async (tx) => {
    await tx.update(activities).set(input).where(eq(activities.id, id));
    await recordAudit(tx, {
      ...activitySubject(staff, id, input.title),
      action: 'activity.update',
      ...change,
    });
  });
}

/** The activities of the units the officer manages (admins: all), latest first. */
export async function listManagedActivities(db: Executor, actor: Actor | null, limit = 100) {
  const staff = requireStaff(actor);
  const scope = staff.role === 'admin' ? undefined : eq(activities.unitId, staff.unitId ?? -1);
  return db
    .select({
      id: activities.id,
      title: activities.title,
      kind: activities.kind,
      heldOn: activities.heldOn,
      unit: units.name,
    })
    .from(activities)
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(scope)
    .orderBy(desc(activities.heldOn), desc(activities.id))
    .limit(limit);
}

/** Who took part in an activity, by name. */
export async function listParticipants(db: Executor, activityId: number) {
  return db
    .select({
      talentId: talents.id,
      fullName: talents.fullName,
      slug: talents.slug,
      role: activityParticipants.role,
    })
    .from(activityParticipants)
    .innerJoin(talents, eq(talents.id, activityParticipants.talentId))
    .where(eq(activityParticipants.activityId, activityId))
    .orderBy(talents.fullName);
}

/**
 * Of `talentIds`, those `staff` may name on an attendance list: talents listed in the network (their
 * name is public anyway) and talents of the units they manage (the province's officers and admins:
 * every talent). Others are left out as if unknown, so typing ids reveals no draft's or hidden name.
 */
export async function attendableTalentIds(
  db: Executor,
  staff: Actor,
  talentIds: number[],
): Promise<number[]> {
  if (talentIds.length === 0) return [];
  const managed = managedTalents(staff);
  const rows = await db
    .select({
      id: talents.id,
      status: talents.status,
      visibility: talents.visibility,
      managed: managed ? sql<number>`${managed}` : sql<number>`1`,
    })
    .from(talents)
    .where(inArray(talents.id, talentIds));
  return rows.filter((r) => r.managed || isInNetwork(r)).map((r) => r.id);
}

/**
 * Records talents as taking part in an activity, with one role; a talent already listed takes the
 * new role. Talents of any unit may take part (a provincial forum gathers all units), as long as the
 * officer may name them (see {@link attendableTalentIds}).
 */
export async function recordAttendance(
  db: Database,
  actor: Actor | null,
  activityId: number,
  talentIds: number[],
  role: ParticipantRole,
): Promise<number> {
  const staff = requireStaff(actor);
  const activity = await getManagedActivity(db, staff, activityId);
  const known = await attendableTalentIds(db, staff, talentIds);
  if (known.length === 0) throw new InvalidInputError('activities.noTalent', 'talentId');
  await db.transaction(async (tx) => {
    const entries = known.map((talentId) => ({ talentId, role }));
    await addParticipants(tx, activityId, entries);
    await recordAudit(tx, {
      ...activitySubject(staff, activityId, activity.title),
      action: 'activity.addParticipants',
      after: { participants: entries },
    });
  });
  return known.length;
}

/**
 * Lists talents on an activity, each with a role (a talent already listed takes the new one), in one
 * statement: all of them or, on any failure, none.
 */
export async function addParticipants(
  db: Executor,
  activityId: number,
  entries: readonly { talentId: number; role: ParticipantRole }[],
) {
  if (entries.length === 0) return;
  await db
    .insert(activityParticipants)
    .values(entries.map(({ talentId, role }) => ({ activityId, talentId, role })))
    .onConflictDoUpdate({
      target: [activityParticipants.activityId, activityParticipants.talentId],
      set: { role: sql`excluded.role` },
    });
}

export async function removeParticipant(
  db: Database,
  actor: Actor | null,
  activityId: number,
  talentId: number,
) {
  const staff = requireStaff(actor);
  const activity = await getManagedActivity(db, staff, activityId);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(activityParticipants)
      .where(
        and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.talentId, talentId)),
      )
      .returning({ talentId: activityParticipants.talentId, role: activityParticipants.role });
    if (removed.length === 0) return;
    await recordAudit(tx, {
      ...activitySubject(staff, activityId, activity.title),
      action: 'activity.removeParticipant',
      before: { participant: removed[0] },
      after: null,
    });
  });
}

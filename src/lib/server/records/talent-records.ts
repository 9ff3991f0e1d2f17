/**
 * Officers keeping the talent register: records created for talents who have no account, and
 * name, birth year, unit and the rest corrected on request. Every change is checked against the
 * officer's scope (their unit, the units below it and the former units these succeeded) for the
 * record's unit and for the unit it goes to, and is written with its audit row in one transaction.
 */
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type Gender, type ProfileVisibility, profileParts, talents, unitEvents, units } from '@db/schema';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { managesUnit, requireManaged, requireStaff } from '@/lib/server/officers/scope';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { freeSlug } from '@/lib/server/talents/self-service';
import { slugify } from '@/lib/vietnamese';

export interface TalentRecordInput {
  fullName: string;
  birthYear: number;
  /** The year the Youth Union first recorded the talent; the age rule applies to it. */
  discoveredYear: number;
  unitId: number;
  gender: Gender | null;
  shortBio: string;
}

/** The fields an officer edits, as the audit log compares them. */
const EDITED = ['fullName', 'birthYear', 'discoveredYear', 'unitId', 'gender', 'shortBio'] as const;

/**
 * A record made without the person: nothing of it is shown to anyone but officers until the talent
 * claims it and chooses (Law 91/2025/QH15: no consent, no publication).
 */
export function unpublishedVisibility(): ProfileVisibility {
  return Object.fromEntries(profileParts.map((part) => [part, 'private'])) as ProfileVisibility;
}

/** Checks what a record says, whoever writes it: a form, a correction or an import row. */
export function checkTalentRecord(input: TalentRecordInput, year = clock.currentYear()): TalentRecordInput {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (!fullName) throw new InvalidInputError('form.required', 'fullName');
  if (input.discoveredYear > year) throw new InvalidInputError('records.error.futureYear', 'discoveredYear');
  if (!isEligibleInYear(input.birthYear, input.discoveredYear))
    throw new InvalidInputError('profile.ineligible', 'birthYear');
  return { ...input, fullName, shortBio: input.shortBio.trim() };
}

/**
 * Throws unless `staff` may put a talent in `unitId`: a unit of theirs, in use, below Tỉnh Đoàn.
 * @throws ForbiddenError for a unit outside the actor's scope; InvalidInputError (`unitId`) otherwise.
 */
export async function requireRecordUnit(tx: Executor, staff: Actor, unitId: number): Promise<void> {
  const [unit] = await tx
    .select({ active: units.active, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, unitId));
  if (!unit) throw new InvalidInputError('units.error.unknown', 'unitId');
  if (!(await managesUnit(tx, staff, unitId))) throw new ForbiddenError();
  if (!unit.active || unit.parentId === null) throw new InvalidInputError('units.error.history', 'unitId');
}

/**
 * Inserts a record inside `tx` (the import writes many in one transaction): verified, since the
 * Youth Union records it, and unpublished until the talent claims it.
 */
export async function insertTalentRecord(
  tx: Executor,
  input: TalentRecordInput,
): Promise<{ id: number; slug: string }> {
  const slug = await freeSlug(tx, slugify(input.fullName) || 'tai-nang');
  const [row] = await tx
    .insert(talents)
    .values({
      ...input,
      slug,
      status: 'verified',
      reviewState: 'waiting',
      visibility: unpublishedVisibility(),
    })
    .returning({ id: talents.id });
  await recordTalentChanges(tx, [row!.id]);
  return { id: row!.id, slug };
}

/**
 * Creates a talent record for someone who has no account (or has not signed up yet).
 * @throws ForbiddenError unless the actor is staff managing the unit; InvalidInputError for an
 *   empty name, a birth year outside the age rule (`birthYear`), a future year, a former unit.
 */
export async function createTalentRecord(
  db: Database,
  actor: Actor,
  input: TalentRecordInput,
): Promise<{ id: number; slug: string }> {
  const staff = requireStaff(actor);
  const record = checkTalentRecord(input);
  return db.transaction(async (tx) => {
    await requireRecordUnit(tx, staff, record.unitId);
    const created = await insertTalentRecord(tx, record);
    await recordAudit(tx, {
      actor: staff,
      action: 'talent.create',
      subjectType: 'talent',
      subjectId: created.id,
      subjectLabel: record.fullName,
      before: null,
      after: { ...record },
    });
    return created;
  });
}

/**
 * Corrects a record (on the talent's request, or an officer's own finding): name, birth year, year
 * of discovery, unit, gender, short bio. A change of unit is kept in the talent's unit history.
 * @throws NotFoundError for an unknown or merged record; ForbiddenError unless the actor manages
 *   the record's unit and the new one; InvalidInputError as {@link createTalentRecord}.
 */
export async function updateTalentRecord(
  db: Database,
  actor: Actor,
  talentId: number,
  input: TalentRecordInput,
): Promise<void> {
  const staff = requireStaff(actor);
  const record = checkTalentRecord(input);
  await db.transaction(async (tx) => {
    const [talent] = await tx.select().from(talents).where(eq(talents.id, talentId));
    if (!talent || talent.mergedIntoId !== null) throw new NotFoundError();
    await requireManaged(tx, staff, talent);
    if (record.unitId !== talent.unitId) await requireRecordUnit(tx, staff, record.unitId);
    const before = Object.fromEntries(EDITED.map((key) => [key, talent[key]]));
    const after = Object.fromEntries(EDITED.map((key) => [key, record[key]]));
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await tx
      .update(talents)
      .set({ ...record, updatedAt: clock.now() })
      .where(eq(talents.id, talentId));
    if (record.unitId !== talent.unitId)
      await tx.insert(unitEvents).values({
        kind: 'talent_move',
        unitId: talent.unitId,
        otherUnitId: record.unitId,
        talentId,
        detail: { reason: 'correction' },
        actorId: staff.id,
        occurredAt: clock.now(),
      });
    await recordAudit(tx, {
      actor: staff,
      action: 'talent.update',
      subjectType: 'talent',
      subjectId: talentId,
      subjectLabel: record.fullName,
      before,
      after,
    });
    await recordTalentChanges(tx, [talentId]);
  });
}

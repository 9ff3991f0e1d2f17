/**
 * Restructuring the unit tree: merge, split, rename, move, create. Each change is one transaction
 * that also writes its unit_events row, so the tree's history is never half-written. A unit that
 * ceases is kept (inactive, `validTo`, `successorId`) and everyone in it moves to its successor.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { clubs, talents, type Unit, type UnitKind, unitEvents, units, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import type { CurrentUnitKind } from '@/lib/units/kinds';
import { slugify } from '@/lib/vietnamese';
import { recordAudit } from '@/lib/server/audit/record';
import { requireProvinceStaff } from './authority';

/** Viet Nam keeps UTC+7 all year (no daylight saving), so its calendar day is a fixed shift away. */
const VIET_NAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day (YYYY-MM-DD) in Viet Nam of `at`: a unit's dates are the province's days. */
function dayOf(at: Date): string {
  return new Date(at.getTime() + VIET_NAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day before `at`: the last day a unit that ceases today existed. */
function dayBefore(at: Date): string {
  return dayOf(new Date(at.getTime() - 86_400_000));
}

/** A unit by id that is still in use; refuses the root where `allowRoot` is false. */
async function requireActiveUnit(tx: Executor, id: number, field: string, allowRoot = false): Promise<Unit> {
  const [unit] = await tx.select().from(units).where(eq(units.id, id));
  if (!unit) throw new NotFoundError('units.error.unknown', field);
  if (!unit.active) throw new InvalidInputError('units.error.history', field);
  if (!allowRoot && unit.parentId === null) throw new InvalidInputError('units.error.root', field);
  return unit;
}

/** A slug for a new unit's name that no unit, past or present, uses. */
async function freeSlug(tx: Executor, name: string): Promise<string> {
  const base = slugify(name) || 'don-vi';
  const taken = new Set(
    (
      await tx
        .select({ slug: units.slug })
        .from(units)
        .where(sql`${units.slug} = ${base} OR ${units.slug} LIKE ${`${base}-%`}`)
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

async function requireFreeName(tx: Executor, name: string, field: string): Promise<void> {
  const [clash] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.name, name), eq(units.active, true)));
  if (clash) throw new InvalidInputError('units.error.nameTaken', field);
}

/**
 * Moves everyone recorded in `fromId` (talents, officers, clubs) to `toId`. Returns the talents
 * moved, whose directory entries and counts are brought up to date in the same transaction.
 */
async function moveMembers(tx: Executor, fromId: number, toId: number): Promise<number[]> {
  const moved = (await tx.select({ id: talents.id }).from(talents).where(eq(talents.unitId, fromId))).map(
    (r) => r.id,
  );
  await tx.update(talents).set({ unitId: toId }).where(eq(talents.unitId, fromId));
  await tx.update(users).set({ unitId: toId }).where(eq(users.unitId, fromId));
  await tx.update(clubs).set({ unitId: toId }).where(eq(clubs.unitId, fromId));
  await recordTalentChanges(tx, moved);
  return moved;
}

/** Marks `unit` as history from `at`, succeeded by `successorId`. */
async function closeUnit(tx: Executor, unit: Unit, successorId: number, at: Date): Promise<void> {
  await tx
    .update(units)
    .set({ active: false, validTo: dayBefore(at), successorId })
    .where(eq(units.id, unit.id));
}

/**
 * Merges `sourceId` into `targetId`: its talents, officers and clubs move to the target, the target
 * also answers to the source's name (former names), and the source stays as history pointing to it.
 */
export async function mergeUnits(
  db: Database,
  actor: Actor | null,
  input: { sourceId: number; targetId: number },
  at: Date = clock.now(),
): Promise<{ talentsMoved: number }> {
  return db.transaction(async (tx) => {
    const staff = await requireProvinceStaff(tx, actor);
    if (input.sourceId === input.targetId) throw new InvalidInputError('units.error.sameUnit', 'targetId');
    const source = await requireActiveUnit(tx, input.sourceId, 'sourceId');
    const target = await requireActiveUnit(tx, input.targetId, 'targetId');
    if (await isWithin(tx, target.id, source.id))
      throw new InvalidInputError('units.error.cycle', 'targetId');
    await tx.update(units).set({ parentId: target.id }).where(eq(units.parentId, source.id));
    const moved = await moveMembers(tx, source.id, target.id);
    await closeUnit(tx, source, target.id, at);
    await tx
      .update(units)
      .set({ formerNames: [...new Set([...target.formerNames, source.name, ...source.formerNames])] })
      .where(eq(units.id, target.id));
    await tx.insert(unitEvents).values({
      kind: 'merge',
      unitId: source.id,
      otherUnitId: target.id,
      detail: { from: source.name, into: target.name, talentIds: moved },
      actorId: staff.id,
      occurredAt: at,
    });
    await recordAudit(tx, {
      actor: staff,
      action: 'unit.merge',
      subjectType: 'unit',
      subjectId: source.id,
      subjectLabel: `${source.name} → ${target.name}`,
      before: { active: true, parentId: source.parentId },
      after: { active: false, successorId: target.id, talentsMoved: moved },
    });
    return { talentsMoved: moved.length };
  });
}

/**
 * Splits a unit into new ones (two or more names, one kind each). The unit stays as history; its
 * talents, officers and clubs go to the first new unit, its successor, from where officers move
 * each talent to where they belong (`moveTalent`).
 */
export async function splitUnit(
  db: Database,
  actor: Actor | null,
  input: { unitId: number; parts: { name: string; kind: CurrentUnitKind }[] },
  at: Date = clock.now(),
): Promise<{ unitIds: number[] }> {
  return db.transaction(async (tx) => {
    const staff = await requireProvinceStaff(tx, actor);
    const unit = await requireActiveUnit(tx, input.unitId, 'unitId');
    const names = input.parts.map((p) => p.name);
    if (input.parts.length < 2 || new Set(names).size !== names.length) {
      throw new InvalidInputError('units.error.splitParts', 'parts');
    }
    const created: number[] = [];
    for (const [i, part] of input.parts.entries()) {
      if (part.name !== unit.name) await requireFreeName(tx, part.name, `parts.${i}.name`);
      const [row] = await tx
        .insert(units)
        .values({
          parentId: unit.parentId,
          slug: await freeSlug(tx, part.name),
          name: part.name,
          kind: part.kind,
          sortOrder: unit.sortOrder,
          validFrom: dayOf(at),
          formerNames: i === 0 ? [unit.name, ...unit.formerNames] : [],
        })
        .returning({ id: units.id });
      created.push(row!.id);
    }
    const successorId = created[0]!;
    await recordAudit(tx, {
      actor: staff,
      action: 'unit.split',
      subjectType: 'unit',
      subjectId: unit.id,
      subjectLabel: `${unit.name} → ${names.join(', ')}`,
      before: { active: true, name: unit.name },
      after: { active: false, successorId, newUnitIds: created },
    });
    await tx.update(units).set({ parentId: successorId }).where(eq(units.parentId, unit.id));
    const moved = await moveMembers(tx, unit.id, successorId);
    await closeUnit(tx, unit, successorId, at);
    for (const id of created) {
      await tx.insert(unitEvents).values({
        kind: 'split',
        unitId: unit.id,
        otherUnitId: id,
        detail: { from: unit.name, parts: names, talentIds: id === successorId ? moved : [] },
        actorId: staff.id,
        occurredAt: at,
      });
    }
    return { unitIds: created };
  });
}

/** Renames a unit; the old name is kept among its former names, so searches and records still find it. */
export async function renameUnit(
  db: Database,
  actor: Actor | null,
  input: { unitId: number; name: string },
  at: Date = clock.now(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const staff = await requireProvinceStaff(tx, actor);
    const unit = await requireActiveUnit(tx, input.unitId, 'unitId', true);
    if (unit.name === input.name) return;
    await requireFreeName(tx, input.name, 'name');
    const formerNames = [unit.name, ...unit.formerNames.filter((n) => n !== input.name)];
    await tx.update(units).set({ name: input.name, formerNames }).where(eq(units.id, unit.id));
    await tx.insert(unitEvents).values({
      kind: 'rename',
      unitId: unit.id,
      detail: { before: unit.name, after: input.name },
      actorId: staff.id,
      occurredAt: at,
    });
    await recordAudit(tx, {
      actor: staff,
      action: 'unit.rename',
      subjectType: 'unit',
      subjectId: unit.id,
      subjectLabel: `${unit.name} → ${input.name}`,
      before: { name: unit.name },
      after: { name: input.name },
    });
    await recordTalentChanges(tx, await talentsCountedUnder(tx, unit.id));
  });
}

/** Moves a unit under another parent (never under itself or one of its own units). */
export async function moveUnit(
  db: Database,
  actor: Actor | null,
  input: { unitId: number; parentId: number },
  at: Date = clock.now(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const staff = await requireProvinceStaff(tx, actor);
    const unit = await requireActiveUnit(tx, input.unitId, 'unitId');
    const parent = await requireActiveUnit(tx, input.parentId, 'parentId', true);
    if (await isWithin(tx, parent.id, unit.id)) throw new InvalidInputError('units.error.cycle', 'parentId');
    if (unit.parentId === parent.id) return;
    await tx.update(units).set({ parentId: parent.id }).where(eq(units.id, unit.id));
    await tx.insert(unitEvents).values({
      kind: 'move',
      unitId: unit.id,
      otherUnitId: parent.id,
      detail: { beforeParentId: unit.parentId, afterParentId: parent.id },
      actorId: staff.id,
      occurredAt: at,
    });
    await recordAudit(tx, {
      actor: staff,
      action: 'unit.move',
      subjectType: 'unit',
      subjectId: unit.id,
      subjectLabel: `${unit.name} → ${parent.name}`,
      before: { parentId: unit.parentId },
      after: { parentId: parent.id },
    });
  });
}

/** Adds a unit (for instance one of today's communes the demo tree does not list). */
export async function createUnit(
  db: Database,
  actor: Actor | null,
  input: { name: string; kind: CurrentUnitKind; parentId: number },
  at: Date = clock.now(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const staff = await requireProvinceStaff(tx, actor);
    const parent = await requireActiveUnit(tx, input.parentId, 'parentId', true);
    await requireFreeName(tx, input.name, 'name');
    const [row] = await tx
      .insert(units)
      .values({
        parentId: parent.id,
        slug: await freeSlug(tx, input.name),
        name: input.name,
        kind: input.kind satisfies UnitKind,
        validFrom: dayOf(at),
      })
      .returning({ id: units.id });
    await tx.insert(unitEvents).values({
      kind: 'create',
      unitId: row!.id,
      otherUnitId: parent.id,
      detail: { name: input.name, kind: input.kind },
      actorId: staff.id,
      occurredAt: at,
    });
    await recordAudit(tx, {
      actor: staff,
      action: 'unit.create',
      subjectType: 'unit',
      subjectId: row!.id,
      subjectLabel: input.name,
      before: null,
      after: { name: input.name, kind: input.kind, parentId: parent.id },
    });
    return row!.id;
  });
}

/** Whether `unitId` is `ancestorId` or lies somewhere below it. */
async function isWithin(tx: Executor, unitId: number, ancestorId: number): Promise<boolean> {
  const [row] = await tx.all<{ found: number }>(sql`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM units WHERE id = ${unitId}
      UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${ancestorId}) AS found`);
  return row?.found === 1;
}

/** The talents that count under `unitId`: its own and those still recorded in its predecessors. */
async function talentsCountedUnder(tx: Executor, unitId: number): Promise<number[]> {
  const rows = await tx.all<{ id: number }>(sql`
    WITH RECURSIVE before(id) AS (
      SELECT ${unitId} UNION SELECT u.id FROM units u JOIN before ON u.successor_id = before.id
    )
    SELECT t.id FROM talents t WHERE t.unit_id IN (SELECT id FROM before)`);
  return rows.map((r) => r.id);
}

import { desc, eq, inArray, or } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { talents, type UnitEvent, unitEvents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import * as clock from '@/lib/server/clock';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { recordAudit } from '@/lib/server/audit/record';
import { requireProvinceStaff } from './authority';

/**
 * Moves one talent to another unit (a talent who moved house, or one placed in the wrong unit after
 * a split). The move is recorded with who made it and why; the directory and counts follow at once.
 */
export async function moveTalent(
  db: Database,
  actor: Actor | null,
  input: { talentSlug: string; unitId: number; reason: string },
  at: Date = clock.now(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const staff = await requireProvinceStaff(tx, actor);
    const [talent] = await tx
      .select({ id: talents.id, unitId: talents.unitId, fullName: talents.fullName })
      .from(talents)
      .where(eq(talents.slug, input.talentSlug));
    if (!talent) throw new NotFoundError('units.error.unknownTalent', 'talentSlug');
    const [unit] = await tx.select().from(units).where(eq(units.id, input.unitId));
    if (!unit) throw new NotFoundError('units.error.unknown', 'unitId');
    if (!unit.active) throw new InvalidInputError('units.error.history', 'unitId');
    if (unit.parentId === null) throw new InvalidInputError('units.error.root', 'unitId');
    if (talent.unitId === unit.id) throw new InvalidInputError('units.error.sameUnit', 'unitId');
    await tx.update(talents).set({ unitId: unit.id }).where(eq(talents.id, talent.id));
    await tx.insert(unitEvents).values({
      kind: 'talent_move',
      unitId: talent.unitId,
      otherUnitId: unit.id,
      talentId: talent.id,
      detail: { reason: input.reason },
      actorId: staff.id,
      occurredAt: at,
    });
    await recordAudit(tx, {
      actor: staff,
      action: 'talent.moveUnit',
      subjectType: 'talent',
      subjectId: talent.id,
      subjectLabel: talent.fullName,
      before: { unitId: talent.unitId },
      after: { unitId: unit.id, reason: input.reason },
    });
    await recordTalentChanges(tx, [talent.id]);
  });
}

/** The unit history of one talent, newest first: single moves and the merges and splits that carried them. */
export async function listTalentUnitHistory(
  db: Pick<Executor, 'select'>,
  talentId: number,
): Promise<UnitEvent[]> {
  const rows = await db
    .select()
    .from(unitEvents)
    .where(or(eq(unitEvents.talentId, talentId), inArray(unitEvents.kind, ['merge', 'split'])))
    .orderBy(desc(unitEvents.occurredAt), desc(unitEvents.id));
  return rows.filter(
    (e) => e.talentId === talentId || ((e.detail.talentIds as number[] | undefined) ?? []).includes(talentId),
  );
}

/** The latest changes to the tree, newest first, for the officers' units page. */
export async function listRecentUnitEvents(db: Pick<Executor, 'select'>, limit = 30): Promise<UnitEvent[]> {
  return db.select().from(unitEvents).orderBy(desc(unitEvents.occurredAt), desc(unitEvents.id)).limit(limit);
}

import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { getDb } from '@/lib/server/db';
import { CURRENT_UNIT_KINDS } from '@/lib/units/kinds';
import { createUnit, mergeUnits, moveUnit, renameUnit, splitUnit } from '@/lib/server/units/restructure';
import { moveTalent } from '@/lib/server/units/talent-moves';
import { mapErrors } from './map-errors';

/** A chosen unit: the picker's empty prompt is refused with its own message. */
const unitId = z.coerce
  .number({ error: 'units.error.choose' })
  .int({ error: 'units.error.choose' })
  .positive({
    error: 'units.error.choose',
  });
const unitName = z
  .string()
  .trim()
  .min(2, { error: 'units.error.name' })
  .max(120, { error: 'units.error.name' });
const kind = z.enum(CURRENT_UNIT_KINDS, { error: 'units.error.kind' });

/**
 * The forms of the officers' units page (each form's inputs have their own names: one page holds
 * them all, and an id is made from a name). Only province staff may use them; the
 * lib functions check that on the server for every call, inside the change's transaction.
 */
export const unitActions = {
  createUnit: defineAction({
    accept: 'form',
    input: z.object({ name: unitName, kind, parentId: unitId }),
    handler: (input, context) =>
      mapErrors(context, async () => ({ unitId: await createUnit(getDb(), context.locals.actor, input) })),
  }),

  mergeUnits: defineAction({
    accept: 'form',
    input: z.object({
      sourceId: unitId,
      targetId: unitId,
      confirm: z.literal('yes', { error: 'units.error.confirm' }),
    }),
    handler: (input, context) => mapErrors(context, () => mergeUnits(getDb(), context.locals.actor, input)),
  }),

  splitUnit: defineAction({
    accept: 'form',
    input: z.object({ splitUnitId: unitId, first: unitName, second: unitName, splitKind: kind }),
    handler: (input, context) =>
      mapErrors(context, () =>
        splitUnit(getDb(), context.locals.actor, {
          unitId: input.splitUnitId,
          parts: [
            { name: input.first, kind: input.splitKind },
            { name: input.second, kind: input.splitKind },
          ],
        }),
      ),
  }),

  renameUnit: defineAction({
    accept: 'form',
    input: z.object({ renameUnitId: unitId, newName: unitName }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await renameUnit(getDb(), context.locals.actor, { unitId: input.renameUnitId, name: input.newName });
        return { done: true };
      }),
  }),

  moveUnit: defineAction({
    accept: 'form',
    input: z.object({ moveUnitId: unitId, newParentId: unitId }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await moveUnit(getDb(), context.locals.actor, {
          unitId: input.moveUnitId,
          parentId: input.newParentId,
        });
        return { done: true };
      }),
  }),

  moveTalent: defineAction({
    accept: 'form',
    input: z.object({
      talentSlug: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9-]{1,120}$/, { error: 'units.error.unknownTalent' }),
      talentUnitId: unitId,
      reason: z
        .string()
        .trim()
        .min(1, { error: 'units.error.reason' })
        .max(300, { error: 'units.error.reason' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await moveTalent(getDb(), context.locals.actor, {
          talentSlug: input.talentSlug,
          unitId: input.talentUnitId,
          reason: input.reason,
        });
        return { done: true };
      }),
  }),
};

import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { activityKinds, participantRoles } from '@db/schema/nurture';
import { now } from '@/lib/server/clock';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { importAttendance } from '@/lib/server/nurture/attendance-import';
import { checkIn } from '@/lib/server/nurture/checkin';
import {
  createActivity,
  recordAttendance,
  removeParticipant,
  updateActivity,
} from '@/lib/server/nurture/activities';
import { id, optionalText, text } from './fields';
import { mapErrors } from './map-errors';

const activityFields = {
  unitId: id,
  kind: z.enum(activityKinds, { error: 'form.required' }),
  title: text(200).min(1, { error: 'form.required' }),
  heldOn: z.string({ error: 'form.required' }).trim().min(1, { error: 'form.required' }),
  startsAt: optionalText(5).transform((time) => time || null),
  endsAt: optionalText(5).transform((time) => time || null),
  place: optionalText(200),
  description: optionalText(4000),
};

/** Nurturing activities (/quan-tri/hoat-dong): officers of the activity's unit and admins. */
export const nurture = {
  createActivity: defineAction({
    accept: 'form',
    input: z.object(activityFields),
    handler: (input, context) =>
      mapErrors(context, async () => ({ id: await createActivity(getDb(), context.locals.actor, input) })),
  }),

  updateActivity: defineAction({
    accept: 'form',
    input: z.object({ activityId: id, ...activityFields }),
    handler: ({ activityId, ...input }, context) =>
      mapErrors(context, async () => {
        await updateActivity(getDb(), context.locals.actor, activityId, input);
        return { id: activityId };
      }),
  }),

  recordAttendance: defineAction({
    accept: 'form',
    input: z.object({
      activityId: id,
      talentId: z.array(id).min(1, { error: 'activities.noTalent' }).max(200, { error: 'form.tooLong' }),
      role: z.enum(participantRoles, { error: 'form.required' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const { activityId, talentId, role } = input;
        return { added: await recordAttendance(getDb(), context.locals.actor, activityId, talentId, role) };
      }),
  }),

  importAttendance: defineAction({
    accept: 'form',
    input: z.object({
      activityId: id,
      file: z.instanceof(File, { error: 'import.badFile' }),
      mode: z.enum(['check', 'import'], { error: 'form.required' }),
    }),
    handler: ({ activityId, file, mode }, context) =>
      mapErrors(context, () => importAttendance(getDb(), context.locals.actor, activityId, file, mode)),
  }),

  checkIn: defineAction({
    accept: 'form',
    input: z.object({ activityId: id, token: text(64).min(1, { error: 'checkin.expired' }) }),
    handler: ({ activityId, token }, context) =>
      mapErrors(context, () =>
        checkIn(getDb(), context.locals.actor, activityId, token, getConfig().checkinSecret, now()),
      ),
  }),

  removeParticipant: defineAction({
    accept: 'form',
    input: z.object({ activityId: id, talentId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await removeParticipant(getDb(), context.locals.actor, input.activityId, input.talentId);
        return { done: true };
      }),
  }),
};

import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { activityKinds, participantRoles, proposalStatuses } from '@db/schema/nurture';
import { now } from '@/lib/server/clock';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { importAttendance } from '@/lib/server/nurture/attendance-import';
import { checkIn } from '@/lib/server/nurture/checkin';
import { answerProposal, recordProposal } from '@/lib/server/nurture/proposals';
import { createTraining, saveTrainingAttendance, setTalentWorkLead } from '@/lib/server/officers/training';
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

const answerFields = {
  answer: optionalText(4000),
  answeredBy: optionalText(200),
  status: z.enum(proposalStatuses, { error: 'form.required' }),
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
      file: z.instanceof(File, { error: 'attendanceImport.badFile' }),
      mode: z.enum(['check', 'import'], { error: 'form.required' }),
    }),
    handler: ({ activityId, file, mode }, context) =>
      mapErrors(context, () => importAttendance(getDb(), context.locals.actor, activityId, file, mode)),
  }),

  recordProposal: defineAction({
    accept: 'form',
    input: z.object({
      activityId: id,
      talentId: id,
      proposal: text(4000).min(1, { error: 'form.required' }),
      ...answerFields,
    }),
    handler: (input, context) =>
      mapErrors(context, async () => ({ id: await recordProposal(getDb(), context.locals.actor, input) })),
  }),

  answerProposal: defineAction({
    accept: 'form',
    input: z.object({ proposalId: id, ...answerFields }),
    handler: ({ proposalId, ...answer }, context) =>
      mapErrors(context, async () => {
        await answerProposal(getDb(), context.locals.actor, proposalId, answer);
        return { id: proposalId };
      }),
  }),

  createTraining: defineAction({
    accept: 'form',
    input: z.object({
      title: text(200).min(1, { error: 'form.required' }),
      heldOn: z.string({ error: 'form.required' }).trim().min(1, { error: 'form.required' }),
      // Empty: a province-wide training.
      unitId: z.preprocess((value) => (value === '' ? null : value), id.nullish()),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => ({
        id: await createTraining(getDb(), context.locals.actor, { ...input, unitId: input.unitId ?? null }),
      })),
  }),

  saveTrainingAttendance: defineAction({
    accept: 'form',
    input: z.object({
      trainingId: id,
      userId: z.array(id).max(500, { error: 'form.tooLong' }).default([]),
    }),
    handler: ({ trainingId, userId }, context) =>
      mapErrors(context, async () => ({
        attended: await saveTrainingAttendance(getDb(), context.locals.actor, trainingId, userId),
      })),
  }),

  setTalentWorkLead: defineAction({
    accept: 'form',
    input: z.object({ userId: id, lead: z.enum(['yes', 'no'], { error: 'form.required' }) }),
    handler: ({ userId, lead }, context) =>
      mapErrors(context, async () => {
        await setTalentWorkLead(getDb(), context.locals.actor, userId, lead === 'yes');
        return { done: true };
      }),
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

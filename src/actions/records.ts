import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { genders } from '@db/schema';
import { requireRole } from '@/lib/server/auth/actor';
import { getDb } from '@/lib/server/db';
import { InvalidInputError } from '@/lib/server/errors';
import { addAchievementEvidence } from '@/lib/server/records/evidence';
import { importTalents } from '@/lib/server/records/import/run';
import { MAX_SHEET_BYTES } from '@/lib/server/tables/read-sheet';
import { mergeTalentRecords } from '@/lib/server/records/merge';
import { createTalentRecord, updateTalentRecord } from '@/lib/server/records/talent-records';
import { slugOfAddress } from '@/lib/server/talents/self-service';
import { MAX_EVIDENCE_BYTES } from '@/lib/server/uploads/evidence';
import { talentIdBySlug } from '@/lib/server/records/lookup';
import { id, optionalText, year } from './fields';
import { mapErrors } from './map-errors';

const record = {
  fullName: z.string().trim().min(1, { error: 'form.required' }).max(120, { error: 'form.tooLong' }),
  birthYear: year,
  discoveredYear: year,
  unitId: z.coerce.number({ error: 'units.error.choose' }).int().positive({ error: 'units.error.choose' }),
  gender: z.enum(genders).or(z.literal('')).nullish(),
  shortBio: optionalText(300),
};
const file = z.instanceof(File, { error: 'form.required' });

/** Reads an uploaded file after checking its declared size, so an oversized one is never buffered. */
async function bytesOf(
  upload: File,
  max: number,
  tooLarge: 'import.error.tooLarge' | 'evidence.error.too-large',
) {
  if (upload.size > max) throw new InvalidInputError(tooLarge, 'file');
  return new Uint8Array(await upload.arrayBuffer());
}

/** The officers' talent register (/quan-tri/tai-nang, /quan-tri/nhap); each lib function checks scope again. */
export const records = {
  createTalentRecord: defineAction({
    accept: 'form',
    input: z.object(record),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        return createTalentRecord(getDb(), actor, { ...input, gender: input.gender || null });
      }),
  }),

  updateTalentRecord: defineAction({
    accept: 'form',
    input: z.object({ talentId: id, ...record }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        const { talentId, ...values } = input;
        await updateTalentRecord(getDb(), actor, talentId, { ...values, gender: values.gender || null });
        return { saved: true };
      }),
  }),

  mergeTalentRecords: defineAction({
    accept: 'form',
    input: z.object({
      survivorId: id,
      duplicate: z.string().trim().min(1, { error: 'form.required' }).max(300, { error: 'form.tooLong' }),
      confirm: z.literal('yes', { error: 'records.error.mergeConfirm' }),
    }),
    handler: (input, context) =>
      mapErrors(
        context,
        async () => {
          const actor = requireRole(context.locals.actor, 'officer', 'admin');
          const db = getDb();
          const typed = slugOfAddress(input.duplicate);
          const duplicateId = /^[1-9]\d{0,9}$/.test(typed) ? Number(typed) : await talentIdBySlug(db, typed);
          if (duplicateId === null) throw new InvalidInputError('records.error.unknown', 'duplicate');
          return mergeTalentRecords(db, actor, { survivorId: input.survivorId, duplicateId });
        },
        { fieldNames: { duplicateId: 'duplicate' } },
      ),
  }),

  importTalents: defineAction({
    accept: 'form',
    input: z.object({ file, mode: z.enum(['check', 'import']) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        const bytes = await bytesOf(input.file, MAX_SHEET_BYTES, 'import.error.tooLarge');
        return importTalents(getDb(), actor, bytes, { dryRun: input.mode === 'check' });
      }),
  }),

  addAchievementEvidence: defineAction({
    accept: 'form',
    input: z.object({ achievementId: id, file }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent', 'officer', 'admin');
        const bytes = await bytesOf(input.file, MAX_EVIDENCE_BYTES, 'evidence.error.too-large');
        return { evidenceId: await addAchievementEvidence(getDb(), actor, input.achievementId, bytes) };
      }),
  }),
};

import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { requireRole } from '@/lib/server/auth/actor';
import { getDb } from '@/lib/server/db';
import { NotFoundError } from '@/lib/server/errors';
import { now } from '@/lib/server/clock';
import {
  acceptApplication,
  DECISION_NOTE_MAX_LENGTH,
  decideApplication,
} from '@/lib/server/awards/decisions';
import { REVOKE_REASON_MAX_LENGTH, revokeHonour } from '@/lib/server/awards/revoke';
import {
  declareConflict,
  REVIEW_NOTE_MAX_LENGTH,
  SCORE_MAX,
  SCORE_MIN,
  scoreApplication,
} from '@/lib/server/awards/scoring';
import { submitApplication } from '@/lib/server/awards/submit';
import { callForApplications, findAwardCall } from '@/loaders/content/awards';
import { id, optionalText, text, year } from './fields';
import { mapErrors } from './map-errors';

const MAX_LINKS = 5;

/** Evidence links, one a line: each an http(s) address, at most {@link MAX_LINKS}. */
const links = optionalText(MAX_LINKS * 500)
  .transform((value) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine(
    (lines) =>
      lines.length <= MAX_LINKS &&
      lines.every((line) => {
        try {
          return ['http:', 'https:'].includes(new URL(line).protocol);
        } catch {
          return false;
        }
      }),
    { error: 'awards.linkInvalid' },
  );

/** An optional year: blank is none. */
const optionalYear = z.preprocess(
  (value) => (value === null || value === '' ? undefined : value),
  year.optional(),
);

/** A day as the date input sends it. */
const day = z.string({ error: 'form.required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'form.required' });

/** An optional http(s) address. */
const optionalUrl = optionalText(500).refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), {
  error: 'awards.linkInvalid',
});

/** A browser sends an empty file part for a file input left empty: it is no file. */
const sentFiles = (files: File[] | undefined) =>
  (files ?? []).filter((file) => file.size > 0 || file.name !== '');

/**
 * Applications and nominations to award calls, and the selection panel's work in the officers'
 * workspace; every lib function checks the actor again.
 */
export const awards = {
  applyToCall: defineAction({
    accept: 'form',
    input: z.object({
      slug: z.string().max(200),
      talent: optionalText(300),
      fullName: optionalText(120),
      birthYear: optionalYear,
      statement: text(5000).min(20, { error: 'form.required' }),
      links,
      files: z.array(z.instanceof(File)).max(10, { error: 'evidence.tooMany' }).optional(),
      consent: z.literal('yes', { error: 'awards.consentRequired' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent', 'officer', 'admin');
        const call = await findAwardCall(context.locals.lang, input.slug, now());
        if (!call) throw new NotFoundError();
        const files = await Promise.all(
          sentFiles(input.files).map(async (file) => new Uint8Array(await file.arrayBuffer())),
        );
        return submitApplication(getDb(), actor, callForApplications(call), {
          talent: input.talent,
          fullName: input.fullName,
          birthYear: input.birthYear,
          statement: input.statement,
          links: input.links,
          files,
          consent: true,
        });
      }),
  }),

  declareConflict: defineAction({
    accept: 'form',
    input: z.object({ applicationId: id, hasConflict: z.enum(['no', 'yes'], { error: 'form.required' }) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await declareConflict(getDb(), actor, {
          applicationId: input.applicationId,
          hasConflict: input.hasConflict === 'yes',
        });
        return { done: true };
      }),
  }),

  scoreApplication: defineAction({
    accept: 'form',
    input: z.object({
      applicationId: id,
      scores: z
        .array(z.coerce.number().int().min(SCORE_MIN).max(SCORE_MAX), { error: 'awards.scoresInvalid' })
        .min(1, { error: 'awards.scoresInvalid' })
        .max(8, { error: 'awards.scoresInvalid' }),
      note: optionalText(REVIEW_NOTE_MAX_LENGTH),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await scoreApplication(getDb(), actor, input);
        return { done: true };
      }),
  }),

  decideApplication: defineAction({
    accept: 'form',
    input: z.object({
      applicationId: id,
      outcome: z.enum(['shortlisted', 'rejected']),
      note: optionalText(DECISION_NOTE_MAX_LENGTH),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await decideApplication(getDb(), actor, input);
        return { outcome: input.outcome };
      }),
  }),

  acceptApplication: defineAction({
    accept: 'form',
    input: z.object({
      applicationId: id,
      note: optionalText(DECISION_NOTE_MAX_LENGTH),
      decisionNumber: text(100).min(1, { error: 'form.required' }),
      issuedBy: text(200).min(1, { error: 'form.required' }),
      decidedOn: day,
      ceremonyUrl: optionalUrl,
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        return { honourId: await acceptApplication(getDb(), actor, input) };
      }),
  }),

  revokeHonour: defineAction({
    accept: 'form',
    input: z.object({
      honourId: id,
      reason: text(REVOKE_REASON_MAX_LENGTH).min(1, { error: 'form.required' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'admin');
        await revokeHonour(getDb(), actor, input);
        return { done: true };
      }),
  }),
};

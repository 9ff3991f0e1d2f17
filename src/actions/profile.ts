import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { achievementLevels, audiences, genders, placeKinds, profileParts } from '@db/schema';
import { requireRole } from '@/lib/server/auth/actor';
import { getDb } from '@/lib/server/db';
import {
  addOwnAchievement,
  claimProfileAt,
  deleteOwnAchievement,
  requestAchievementCorrection,
  createOwnProfile,
  updateOwnAchievement,
  updateOwnProfile,
  updateVisibility,
} from '@/lib/server/talents/self-service';
import { replaceOwnPhoto } from '@/lib/server/uploads/own-photo';
import { VISIBILITY_CONSENT_VERSION } from '@/lib/server/talents/self-service-visibility';
import { checkbox, id, optionalText, text, year } from './fields';
import { mapErrors } from './map-errors';

/** "Label | https://…" per line, as the profile form's links box takes them. */
/** An achievement as the talent types it, added or changed. */
const achievementInput = z.object({
  title: text(200).min(3, { error: 'form.required' }),
  awardName: text(200).min(3, { error: 'form.required' }),
  level: z.enum(achievementLevels),
  rank: optionalText(100),
  year,
  issuingBody: optionalText(200),
  evidenceUrl: text(500).optional(),
});

const links = optionalText(2000).transform((value) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label = '', url = ''] = line.includes('|') ? line.split('|').map((s) => s.trim()) : [line, line];
      return { label: label.slice(0, 80), url };
    }),
);

export const profile = {
  createProfile: defineAction({
    accept: 'form',
    input: z.object({
      fullName: text(100).min(2, { error: 'form.required' }),
      birthYear: year,
      unitId: z.coerce.number().int().positive(),
      fields: z.array(z.string().max(60)).max(11).default([]),
      placeKind: z.enum(placeKinds),
      placeName: text(100).optional(),
      placeCountry: text(2).optional(),
      shortBio: optionalText(300),
    }),
    handler: (input, context) =>
      mapErrors(context, () =>
        createOwnProfile(getDb(), requireRole(context.locals.actor, 'talent'), {
          ...input,
          fieldSlugs: input.fields,
          placeName: input.placeName || null,
          placeCountry: input.placeCountry?.toUpperCase() || null,
        }),
      ),
  }),

  claimProfile: defineAction({
    accept: 'form',
    input: z.object({ talentSlug: text(200).min(1, { error: 'form.required' }), message: optionalText(500) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        return { claimId: await claimProfileAt(getDb(), actor, input.talentSlug, input.message) };
      }),
  }),

  updateProfile: defineAction({
    accept: 'form',
    input: z.object({
      shortBio: optionalText(300),
      longBio: optionalText(3000),
      fields: z.array(z.string().max(60)).max(11).default([]),
      links,
      placeKind: z.enum(placeKinds),
      placeName: text(100).optional(),
      placeCountry: text(2).optional(),
      openToOpportunities: checkbox,
      // The empty choice: the talent prefers not to say.
      gender: z.enum(['', ...genders]).optional(),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await updateOwnProfile(getDb(), requireRole(context.locals.actor, 'talent'), {
          shortBio: input.shortBio,
          longBio: input.longBio,
          fieldSlugs: input.fields,
          links: input.links,
          placeKind: input.placeKind,
          placeName: input.placeName || null,
          placeCountry: input.placeCountry?.toUpperCase() || null,
          openToOpportunities: input.openToOpportunities === 'yes',
          gender: input.gender || null,
        });
        return { saved: true };
      }),
  }),

  uploadPhoto: defineAction({
    accept: 'form',
    input: z.object({ photo: z.instanceof(File, { error: 'form.required' }) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        const bytes = new Uint8Array(await input.photo.arrayBuffer());
        return { photoPath: await replaceOwnPhoto(getDb(), actor, bytes) };
      }),
  }),

  updateVisibility: defineAction({
    accept: 'form',
    input: z.object({
      ...Object.fromEntries(profileParts.map((part) => [part, z.enum(audiences)])),
      consent: checkbox,
    }) as z.ZodObject<
      Record<(typeof profileParts)[number], z.ZodEnum<{ [K in (typeof audiences)[number]]: K }>> & {
        consent: typeof checkbox;
      }
    >,
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        const { consent, ...visibility } = input;
        // The library refuses a widening without a consent version: unticked, the talent gave none.
        const consentVersion = consent === 'yes' ? VISIBILITY_CONSENT_VERSION : '';
        await updateVisibility(getDb(), actor, visibility, consentVersion);
        return { saved: true };
      }),
  }),

  addAchievement: defineAction({
    accept: 'form',
    input: achievementInput,
    handler: (input, context) =>
      mapErrors(context, async () => {
        await addOwnAchievement(getDb(), requireRole(context.locals.actor, 'talent'), {
          ...input,
          evidenceUrl: input.evidenceUrl || null,
        });
        return { saved: true };
      }),
  }),

  updateAchievement: defineAction({
    accept: 'form',
    input: achievementInput.extend({ achievementId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const { achievementId, ...changes } = input;
        await updateOwnAchievement(getDb(), requireRole(context.locals.actor, 'talent'), achievementId, {
          ...changes,
          evidenceUrl: changes.evidenceUrl || null,
        });
        return { saved: true };
      }),
  }),

  requestCorrection: defineAction({
    accept: 'form',
    input: achievementInput.extend({ achievementId: id, message: optionalText(1000) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const { achievementId, message, ...values } = input;
        const actor = requireRole(context.locals.actor, 'talent');
        const correction = { ...values, evidenceUrl: values.evidenceUrl || null };
        await requestAchievementCorrection(getDb(), actor, achievementId, correction, message);
        return { sent: true };
      }),
  }),

  deleteAchievement: defineAction({
    accept: 'form',
    input: z.object({ achievementId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await deleteOwnAchievement(getDb(), requireRole(context.locals.actor, 'talent'), input.achievementId);
        return { deleted: true };
      }),
  }),
};

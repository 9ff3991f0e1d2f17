import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { achievementLevels, audiences, placeKinds, profileParts } from '@db/schema';
import { requireRole } from '@/lib/server/auth/actor';
import { getDb } from '@/lib/server/db';
import { InvalidInputError } from '@/lib/server/errors';
import {
  addOwnAchievement,
  claimProfileBySlug,
  createOwnProfile,
  getOwnTalent,
  updateOwnProfile,
  updateVisibility,
} from '@/lib/server/talents/self-service';
import { replaceOwnPhoto } from '@/lib/server/uploads/own-photo';
import { run } from './run';

/** The version of the consent text shown beside the visibility settings. */
export const VISIBILITY_CONSENT_VERSION = '2026-11-visibility';

const text = (max: number) => z.string().trim().max(max, { error: 'form.tooLong' });
/** Astro hands an empty form field to the schema as null (undefined only for `.optional()`). */
const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: 'form.tooLong' })
    .nullish()
    .transform((value) => (value ?? '').trim());
const year = z.coerce.number({ error: 'form.required' }).int().min(1900).max(2100);
const checkbox = z.literal('yes').optional();

/** "Label | https://…" per line, as the profile form's links box takes them. */
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
      run(context, () =>
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
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        return { claimId: await claimProfileBySlug(getDb(), actor, input.talentSlug, input.message) };
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
    }),
    handler: (input, context) =>
      run(context, async () => {
        await updateOwnProfile(getDb(), requireRole(context.locals.actor, 'talent'), {
          shortBio: input.shortBio,
          longBio: input.longBio,
          fieldSlugs: input.fields,
          links: input.links,
          placeKind: input.placeKind,
          placeName: input.placeName || null,
          placeCountry: input.placeCountry?.toUpperCase() || null,
          openToOpportunities: input.openToOpportunities === 'yes',
        });
        return { saved: true };
      }),
  }),

  uploadPhoto: defineAction({
    accept: 'form',
    input: z.object({ photo: z.instanceof(File, { error: 'form.required' }) }),
    handler: (input, context) =>
      run(context, async () => {
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
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        const current = await getOwnTalent(getDb(), actor);
        if (!current) throw new InvalidInputError('form.forbidden');
        const { consent, ...visibility } = input;
        const widens = profileParts.some(
          (part) =>
            audiences.indexOf(visibility[part]) < audiences.indexOf(current.visibility[part] ?? 'private'),
        );
        // Showing more to more people needs explicit consent under the personal-data law.
        if (widens && consent !== 'yes') throw new InvalidInputError('profile.consentRequired', 'consent');
        await updateVisibility(getDb(), actor, visibility, VISIBILITY_CONSENT_VERSION);
        return { saved: true };
      }),
  }),

  addAchievement: defineAction({
    accept: 'form',
    input: z.object({
      title: text(200).min(3, { error: 'form.required' }),
      awardName: text(200).min(3, { error: 'form.required' }),
      level: z.enum(achievementLevels),
      rank: optionalText(100),
      year,
      issuingBody: optionalText(200),
      evidenceUrl: text(500).optional(),
    }),
    handler: (input, context) =>
      run(context, async () => {
        await addOwnAchievement(getDb(), requireRole(context.locals.actor, 'talent'), {
          ...input,
          evidenceUrl: input.evidenceUrl || null,
        });
        return { saved: true };
      }),
  }),
};

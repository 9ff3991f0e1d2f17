import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { requireRole } from '@/lib/server/auth/actor';
import { getDb } from '@/lib/server/db';
import {
  MAX_CONTACT_PERSON,
  MAX_ORGANISATION_NAME,
  MAX_WEBSITE,
  saveEmployerProfile,
} from '@/lib/server/employers/profile';
import { optionalText, text } from './fields';
import { mapErrors } from './map-errors';

export const employer = {
  saveEmployerProfile: defineAction({
    accept: 'form',
    input: z.object({
      organisationName: text(MAX_ORGANISATION_NAME).min(2, { error: 'form.required' }),
      // Longer than any valid number: the lib strips spaces, then checks the format.
      registrationNumber: text(40).min(1, { error: 'form.required' }),
      website: optionalText(MAX_WEBSITE),
      contactPerson: text(MAX_CONTACT_PERSON).min(2, { error: 'form.required' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const { verificationCleared } = await saveEmployerProfile(
          getDb(),
          requireRole(context.locals.actor, 'employer'),
          { ...input, website: input.website || null },
        );
        return { saved: true, verificationCleared };
      }),
  }),
};

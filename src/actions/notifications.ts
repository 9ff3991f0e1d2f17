import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { digestFrequencies } from '@db/schema';
import { ForbiddenError } from '@/lib/server/errors';
import { getDb } from '@/lib/server/db';
import { saveDigestFrequency } from '@/lib/server/notifications/settings';
import { mapErrors } from './map-errors';

/** Anyone signed in reads their own notifications, confirmed email or not. */
function signedIn<T>(actor: T | null): T {
  if (!actor) throw new ForbiddenError();
  return actor;
}

export const notifications = {
  saveDigest: defineAction({
    accept: 'form',
    input: z.object({ digest: z.enum(digestFrequencies, { error: 'form.required' }) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await saveDigestFrequency(getDb(), signedIn(context.locals.actor), input.digest, context.locals.lang);
        return { saved: true };
      }),
  }),
};

import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { requireRole } from '@/lib/server/auth/actor';
import { getDb } from '@/lib/server/db';
import { setYouthUnionSharing } from '@/lib/server/talents/youth-union-sharing';
import { checkbox } from './fields';
import { mapErrors } from './map-errors';

/** The talent's own choice to share their profile with the Youth Union for the national database. */
export const report = {
  setYouthUnionSharing: defineAction({
    accept: 'form',
    input: z.object({ share: checkbox }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        return { sharing: await setYouthUnionSharing(getDb(), actor, input.share === 'yes') };
      }),
  }),
};

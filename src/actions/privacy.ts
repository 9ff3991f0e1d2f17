import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { eq } from 'drizzle-orm';
import { users } from '@db/schema';
import { requireRole } from '@/lib/server/auth/actor';
import { verifyPassword } from '@/lib/server/auth/passwords';
import { deleteSessionCookie } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { InvalidInputError } from '@/lib/server/errors';
import { deleteAccount } from '@/lib/server/privacy/delete';
import { deletePhoto } from '@/lib/server/uploads/photos';
import { mapErrors } from './map-errors';

export const privacy = {
  deleteAccount: defineAction({
    accept: 'form',
    input: z.object({
      password: z.string().min(1, { error: 'form.required' }).max(1000),
      keepHonours: z.literal('yes').optional(),
      confirm: z.literal('yes', { error: 'data.confirmRequired' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent', 'employer', 'officer', 'admin');
        const db = getDb();
        const [user] = await db
          .select({ passwordHash: users.passwordHash })
          .from(users)
          .where(eq(users.id, actor.id));
        // A deletion is final: ask for the password, so a session left open cannot do it.
        if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
          throw new InvalidInputError('password.wrong', 'password');
        }
        const { photoPath } = await deleteAccount(db, actor.id, { keepHonours: input.keepHonours === 'yes' });
        await deletePhoto(photoPath);
        deleteSessionCookie(context.cookies);
        return { deleted: true };
      }),
  }),
};

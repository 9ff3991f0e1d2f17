import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { requireRole } from '@/lib/server/auth/actor';
import { invalidateUserSessions } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { disableAccountByEmail } from '@/lib/server/officers/accounts';
import { appointOfficer } from '@/lib/server/officers/appointments';
import { decideClaim } from '@/lib/server/officers/claims';
import { verifyEmployer } from '@/lib/server/officers/employers';
import { verifyAchievement, verifyTalentProfile } from '@/lib/server/officers/verification';
import { email, id } from './fields';
import { mapErrors } from './map-errors';

/** The forms of the officers' workspace (/quan-tri); every lib function checks the actor again. */
export const workspace = {
  decideClaim: defineAction({
    accept: 'form',
    input: z.object({ claimId: id, decision: z.enum(['approve', 'reject']) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        const decision = await decideClaim(getDb(), actor, input.claimId, input.decision === 'approve');
        return { decision };
      }),
  }),

  verifyTalentProfile: defineAction({
    accept: 'form',
    input: z.object({ talentId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await verifyTalentProfile(getDb(), actor, input.talentId);
        return { done: true };
      }),
  }),

  verifyAchievement: defineAction({
    accept: 'form',
    input: z.object({ achievementId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await verifyAchievement(getDb(), actor, input.achievementId);
        return { done: true };
      }),
  }),

  verifyEmployer: defineAction({
    accept: 'form',
    input: z.object({ employerUserId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await verifyEmployer(getDb(), actor, input.employerUserId);
        return { done: true };
      }),
  }),

  appointOfficer: defineAction({
    accept: 'form',
    input: z.object({ email, unitId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'admin');
        const db = getDb();
        const userId = await appointOfficer(db, actor, { email: input.email, unitId: input.unitId });
        // A change of privilege: the appointee signs in again and gets an officer's session.
        await invalidateUserSessions(db, userId);
        return { email: input.email.trim().toLowerCase() };
      }),
  }),

  disableAccount: defineAction({
    accept: 'form',
    // `accountEmail`, not `email`: the appointment form on the same page has a field named `email`.
    input: z.object({
      accountEmail: email,
      confirm: z.literal('yes', { error: 'workspace.disableConfirmRequired' }),
    }),
    handler: (input, context) =>
      mapErrors(
        context,
        async () => {
          const actor = requireRole(context.locals.actor, 'admin');
          // Sets disabledAt and ends every session of the account at once.
          const { email: disabled } = await disableAccountByEmail(getDb(), actor, input.accountEmail);
          return { email: disabled };
        },
        { fieldNames: { email: 'accountEmail' } },
      ),
  }),
};

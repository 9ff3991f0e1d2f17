import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { requireRole } from '@/lib/server/auth/actor';
import { invalidateUserSessions } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { InvalidInputError } from '@/lib/server/errors';
import type { vi as workspaceMessages } from '@/lib/i18n/messages/workspace';
import { disableAccountByEmail } from '@/lib/server/officers/accounts';
import { appointOfficer } from '@/lib/server/officers/appointments';
import { decideClaim } from '@/lib/server/officers/claims';
import { verifyEmployer } from '@/lib/server/officers/employers';
import { verifyAchievement, verifyTalentProfile } from '@/lib/server/officers/verification';
import { run } from './run';

type WorkspaceKey = keyof typeof workspaceMessages;

const id = z.coerce.number({ error: 'form.required' }).int().positive();
const email = z.email({ error: 'form.invalidEmail' }).max(254, { error: 'form.tooLong' });

/**
 * The officers' lib explains a refusal in English, for developers; the page needs a dictionary key.
 * A refusal about `field` becomes `keys[field]`: about the whole form (the row's id is a hidden
 * input, so nothing is marked) unless `keepField` names it as a field the form shows.
 */
async function explained<T>(
  work: () => Promise<T>,
  keys: Partial<Record<string, WorkspaceKey>>,
  keepField: readonly string[] = [],
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const key = error instanceof InvalidInputError && error.field ? keys[error.field] : undefined;
    if (!key || !(error instanceof InvalidInputError)) throw error;
    throw new InvalidInputError(key, keepField.includes(error.field ?? '') ? error.field : undefined);
  }
}

/** The forms of the officers' workspace (/quan-tri); every lib function checks the actor again. */
export const workspace = {
  decideClaim: defineAction({
    accept: 'form',
    input: z.object({ claimId: id, decision: z.enum(['approve', 'reject']) }),
    handler: (input, context) =>
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        const decision = await explained(
          () => decideClaim(getDb(), actor, input.claimId, input.decision === 'approve'),
          {
            claimId: 'workspace.claimRefused',
          },
        );
        return { decision };
      }),
  }),

  verifyTalentProfile: defineAction({
    accept: 'form',
    input: z.object({ talentId: id }),
    handler: (input, context) =>
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await explained(() => verifyTalentProfile(getDb(), actor, input.talentId), {
          talentId: 'workspace.draftRefused',
          birthYear: 'workspace.draftIneligible',
        });
        return { done: true };
      }),
  }),

  verifyAchievement: defineAction({
    accept: 'form',
    input: z.object({ achievementId: id }),
    handler: (input, context) =>
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await explained(() => verifyAchievement(getDb(), actor, input.achievementId), {
          achievementId: 'workspace.achievementRefused',
        });
        return { done: true };
      }),
  }),

  verifyEmployer: defineAction({
    accept: 'form',
    input: z.object({ employerUserId: id }),
    handler: (input, context) =>
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await explained(() => verifyEmployer(getDb(), actor, input.employerUserId), {
          employerUserId: 'workspace.employerRefused',
        });
        return { done: true };
      }),
  }),

  appointOfficer: defineAction({
    accept: 'form',
    input: z.object({ email, unitId: id }),
    handler: (input, context) =>
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'admin');
        const db = getDb();
        const userId = await explained(
          () => appointOfficer(db, actor, { email: input.email, unitId: input.unitId }),
          { email: 'workspace.appointRefused', unitId: 'workspace.appointUnitInactive' },
          ['email', 'unitId'],
        );
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
      run(context, async () => {
        const actor = requireRole(context.locals.actor, 'admin');
        try {
          // Sets disabledAt and ends every session of the account at once.
          const { email: disabled } = await disableAccountByEmail(getDb(), actor, input.accountEmail);
          return { email: disabled };
        } catch (error) {
          // The lib's refusal already holds a dictionary key: only the field's name differs.
          if (error instanceof InvalidInputError && error.field === 'email')
            throw new InvalidInputError(error.message, 'accountEmail');
          throw error;
        }
      }),
  }),
};

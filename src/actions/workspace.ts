import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { requireRole } from '@/lib/server/auth/actor';
import { invalidateUserSessions } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { disableAccountByEmail } from '@/lib/server/officers/accounts';
import { appointOfficer } from '@/lib/server/officers/appointments';
import { decisionOutcomes, decisionSubjects } from '@db/schema';
import { decide, decideMany, REASON_MAX_LENGTH, undoDecision } from '@/lib/server/officers/decisions';
import { QUEUE_PAGE_SIZE } from '@/lib/server/officers/queues';
import { email, id, optionalText } from './fields';
import { mapErrors } from './map-errors';

/** The forms of the officers' workspace (/quan-tri); every lib function checks the actor again. */
export const workspace = {
  decide: defineAction({
    accept: 'form',
    input: z.object({
      subject: z.enum(decisionSubjects),
      subjectId: id,
      outcome: z.enum(decisionOutcomes),
      reason: optionalText(REASON_MAX_LENGTH),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await decide(getDb(), actor, { ...input, reason: input.reason ?? '' });
        return { outcome: input.outcome };
      }),
  }),

  undoDecision: defineAction({
    accept: 'form',
    input: z.object({ decisionId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        await undoDecision(getDb(), actor, input.decisionId);
        return { done: true };
      }),
  }),

  /** The confirm step of a bulk verification: each item is decided on its own, and skipped if it no longer waits. */
  verifyMany: defineAction({
    accept: 'form',
    input: z.object({
      subject: z.enum(decisionSubjects),
      ids: z.array(id).min(1).max(QUEUE_PAGE_SIZE),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'officer', 'admin');
        const outcome = input.subject === 'claim' ? 'approved' : 'verified';
        return decideMany(getDb(), actor, input.subject, input.ids, outcome);
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

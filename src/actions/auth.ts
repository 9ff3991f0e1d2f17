import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { routePath } from '@/routes';
import { type LinkBuilder, signIn, signUp } from '@/lib/server/auth/accounts';
import { requireRole } from '@/lib/server/auth/actor';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  verifyEmail,
} from '@/lib/server/auth/recovery';
import {
  deleteSessionCookie,
  invalidateSession,
  setSessionCookie,
  signOutEverywhere,
} from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { InvalidInputError } from '@/lib/server/errors';
import { email } from './fields';
import { mapErrors } from './map-errors';
import type { ActionAPIContext } from 'astro:actions';

/** Length rules live in passwords.ts; this only bounds what is hashed. */
const password = z.string().min(1, { error: 'form.required' }).max(1000, { error: 'password.too-long' });
const token = z.string().max(200);

/** Absolute links for mail, in the language of the page the request came from. */
function linkBuilder(context: ActionAPIContext): LinkBuilder {
  const routes = {
    'verify-email': 'verifyEmail',
    'reset-password': 'resetPassword',
    'change-email': 'confirmEmail',
  } as const;
  return (kind, value) =>
    new URL(
      routePath(context.locals.lang, routes[kind], {}, { token: value }),
      context.locals.siteUrl,
    ).toString();
}

const userAgent = (context: ActionAPIContext) => context.request.headers.get('user-agent') ?? '';

export const auth = {
  signUp: defineAction({
    accept: 'form',
    input: z.object({
      displayName: z.string().trim().min(2, { error: 'form.required' }).max(100, { error: 'form.tooLong' }),
      email,
      password,
      role: z.enum(['talent', 'employer']),
      consent: z.literal('yes', { error: 'signUp.consentRequired' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await signUp(
          getDb(),
          { ...input, lang: context.locals.lang, ip: context.locals.clientAddress },
          linkBuilder(context),
        );
        return { email: input.email.trim().toLowerCase() };
      }),
  }),

  signIn: defineAction({
    accept: 'form',
    input: z.object({ email, password }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const session = await signIn(getDb(), {
          ...input,
          ip: context.locals.clientAddress,
          userAgent: userAgent(context),
        });
        if (!session) throw new InvalidInputError('signIn.failed');
        setSessionCookie(context.cookies, session.token, session.expiresAt);
        return { signedIn: true };
      }),
  }),

  signOut: defineAction({
    accept: 'form',
    handler: (_input, context) =>
      mapErrors(context, async () => {
        if (context.locals.sessionId) await invalidateSession(getDb(), context.locals.sessionId);
        deleteSessionCookie(context.cookies);
        return { signedOut: true };
      }),
  }),

  signOutEverywhere: defineAction({
    accept: 'form',
    handler: (_input, context) =>
      mapErrors(context, async () => {
        const actor = context.locals.actor;
        if (actor) await signOutEverywhere(getDb(), actor.id);
        deleteSessionCookie(context.cookies);
        return { signedOut: true };
      }),
  }),

  verifyEmail: defineAction({
    accept: 'form',
    input: z.object({ token }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        if (!(await verifyEmail(getDb(), input.token, context.locals.clientAddress)))
          throw new InvalidInputError('token.invalid', 'token');
        return { done: true };
      }),
  }),

  resendVerification: defineAction({
    accept: 'form',
    handler: (_input, context) =>
      mapErrors(context, async () => {
        const actor = context.locals.actor;
        if (!actor) throw new InvalidInputError('form.forbidden');
        await resendVerification(getDb(), actor, context.locals.lang, linkBuilder(context));
        return { resent: true };
      }),
  }),

  requestPasswordReset: defineAction({
    accept: 'form',
    input: z.object({ email }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await requestPasswordReset(
          getDb(),
          { email: input.email, ip: context.locals.clientAddress, lang: context.locals.lang },
          linkBuilder(context),
        );
        return { email: input.email.trim().toLowerCase() };
      }),
  }),

  resetPassword: defineAction({
    accept: 'form',
    input: z.object({ token, password }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await resetPassword(getDb(), { ...input, ip: context.locals.clientAddress });
        deleteSessionCookie(context.cookies);
        return { done: true };
      }),
  }),

  changePassword: defineAction({
    accept: 'form',
    input: z.object({ current: password, next: password }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent', 'employer', 'officer', 'admin');
        const session = await changePassword(getDb(), actor, { ...input, userAgent: userAgent(context) });
        setSessionCookie(context.cookies, session.token, session.expiresAt);
        return { changed: true };
      }),
  }),

  requestEmailChange: defineAction({
    accept: 'form',
    input: z.object({ email, password }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent', 'employer', 'officer', 'admin');
        await requestEmailChange(
          getDb(),
          actor,
          { ...input, lang: context.locals.lang },
          linkBuilder(context),
        );
        return { email: input.email.trim().toLowerCase() };
      }),
  }),

  confirmEmailChange: defineAction({
    accept: 'form',
    input: z.object({ token }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        if (!(await confirmEmailChange(getDb(), input.token, context.locals.lang)))
          throw new InvalidInputError('token.invalid', 'token');
        return { done: true };
      }),
  }),
};

import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { contactKinds } from '@db/schema';
import { requireRole } from '@/lib/server/auth/actor';
import { blockTalent, blockUser, unblockUser } from '@/lib/server/connections/blocks';
import { decideConnectionRequest, decideContactRequest } from '@/lib/server/connections/broker';
import {
  MAX_MESSAGE,
  MAX_SUBJECT,
  respondToContact,
  sendContactRequest,
  withdrawContactRequest,
} from '@/lib/server/connections/contact';
import {
  MAX_NOTE,
  removeConnection,
  respondToConnection,
  sendConnectionRequest,
  withdrawConnectionRequest,
} from '@/lib/server/connections/requests';
import { getDb } from '@/lib/server/db';
import { deleteSavedSearch, MAX_SEARCH_NAME, saveSearch } from '@/lib/server/employers/saved-searches';
import {
  MAX_SHORTLIST_NOTE,
  removeShortlistEntry,
  saveShortlistEntry,
} from '@/lib/server/employers/shortlist';
import { ForbiddenError } from '@/lib/server/errors';
import { id, optionalText, text } from './fields';
import { mapErrors } from './map-errors';

const slug = text(200).min(1, { error: 'form.required' });
/** Two buttons of one form, each naming its choice. */
const choice = <T extends string>(...values: [T, ...T[]]) => z.enum(values, { error: 'form.required' });

/** Anyone signed in with a confirmed email (blocking is for every member, employers too). */
function member<T extends { emailVerified: boolean }>(actor: T | null): T {
  if (!actor?.emailVerified) throw new ForbiddenError();
  return actor;
}

/**
 * Connections, blocks and contact requests. Each handler only reads the form and the actor: the
 * library checks who may do what (role, side of the request, the officer's unit) and the rules.
 */
export const connections = {
  requestConnection: defineAction({
    accept: 'form',
    input: z.object({ slug, note: optionalText(MAX_NOTE) }),
    handler: (input, context) =>
      mapErrors(context, () =>
        sendConnectionRequest(getDb(), requireRole(context.locals.actor, 'talent'), input),
      ),
  }),
  answerConnection: defineAction({
    accept: 'form',
    input: z.object({ id, answer: choice('accept', 'decline') }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        await respondToConnection(getDb(), actor, input.id, input.answer === 'accept');
        return { done: true };
      }),
  }),
  withdrawConnection: defineAction({
    accept: 'form',
    input: z.object({ id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await withdrawConnectionRequest(getDb(), requireRole(context.locals.actor, 'talent'), input.id);
        return { done: true };
      }),
  }),
  removeConnection: defineAction({
    accept: 'form',
    input: z.object({ id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await removeConnection(getDb(), requireRole(context.locals.actor, 'talent'), input.id);
        return { done: true };
      }),
  }),
  blockMember: defineAction({
    accept: 'form',
    input: z.object({ slug }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await blockTalent(getDb(), member(context.locals.actor), input.slug);
        return { blocked: true };
      }),
  }),
  blockAccount: defineAction({
    accept: 'form',
    input: z.object({ userId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await blockUser(getDb(), member(context.locals.actor), input.userId);
        return { blocked: true };
      }),
  }),
  unblockAccount: defineAction({
    accept: 'form',
    input: z.object({ userId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await unblockUser(getDb(), member(context.locals.actor), input.userId);
        return { done: true };
      }),
  }),
  sendContactRequest: defineAction({
    accept: 'form',
    input: z.object({
      slug,
      kind: z.enum(contactKinds, { error: 'form.required' }),
      subject: text(MAX_SUBJECT).min(1, { error: 'form.required' }),
      message: text(MAX_MESSAGE).min(1, { error: 'form.required' }),
    }),
    handler: (input, context) =>
      mapErrors(context, () => sendContactRequest(getDb(), context.locals.actor, input)),
  }),
  answerContact: defineAction({
    accept: 'form',
    input: z.object({ id, answer: choice('accept', 'decline') }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = requireRole(context.locals.actor, 'talent');
        await respondToContact(getDb(), actor, input.id, input.answer === 'accept');
        return { done: true };
      }),
  }),
  withdrawContact: defineAction({
    accept: 'form',
    input: z.object({ id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await withdrawContactRequest(getDb(), requireRole(context.locals.actor, 'employer'), input.id);
        return { done: true };
      }),
  }),
  brokerRequest: defineAction({
    accept: 'form',
    input: z.object({ id, about: choice('contact', 'connection'), decision: choice('forward', 'refuse') }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const officer = requireRole(context.locals.actor, 'officer', 'admin');
        const decide = input.about === 'contact' ? decideContactRequest : decideConnectionRequest;
        await decide(getDb(), officer, input.id, input.decision === 'forward');
        return { done: true };
      }),
  }),
  saveShortlist: defineAction({
    accept: 'form',
    input: z.object({ slug, note: optionalText(MAX_SHORTLIST_NOTE) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await saveShortlistEntry(getDb(), context.locals.actor, input);
        return { saved: true };
      }),
  }),
  removeShortlist: defineAction({
    accept: 'form',
    input: z.object({ slug }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await removeShortlistEntry(getDb(), context.locals.actor, input.slug);
        return { done: true };
      }),
  }),
  saveSearch: defineAction({
    accept: 'form',
    input: z.object({
      name: text(MAX_SEARCH_NAME).min(1, { error: 'form.required' }),
      query: optionalText(2000),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await saveSearch(getDb(), context.locals.actor, input);
        return { saved: true };
      }),
  }),
  deleteSavedSearch: defineAction({
    accept: 'form',
    input: z.object({ id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await deleteSavedSearch(getDb(), context.locals.actor, input.id);
        return { done: true };
      }),
  }),
};

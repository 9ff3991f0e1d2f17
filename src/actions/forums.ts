import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { getDb } from '@/lib/server/db';
import { ForbiddenError } from '@/lib/server/errors';
import { hidePost, moveThread, setThreadFlag } from '@/lib/server/forums/moderation';
import { setThreadMuted, setUserMuted } from '@/lib/server/forums/mutes';
import {
  createThread,
  deletePost,
  editPost,
  MAX_POST_BODY,
  MAX_THREAD_TITLE,
  replyToThread,
} from '@/lib/server/forums/posting';
import { handleReports, MAX_REPORT_REASON, reportPost } from '@/lib/server/forums/reports';
import { checkbox, id, text } from './fields';
import { mapErrors } from './map-errors';

function signedIn(actor: App.Locals['actor']) {
  if (!actor) throw new ForbiddenError();
  return actor;
}

const body = text(MAX_POST_BODY).min(2, { error: 'form.required' });

export const forums = {
  createThread: defineAction({
    accept: 'form',
    input: z.object({
      forumId: id,
      title: text(MAX_THREAD_TITLE).min(3, { error: 'form.required' }),
      body,
    }),
    handler: (input, context) =>
      mapErrors(context, () => createThread(getDb(), signedIn(context.locals.actor), input.forumId, input)),
  }),

  replyToThread: defineAction({
    accept: 'form',
    input: z.object({ threadId: id, body }),
    handler: (input, context) =>
      mapErrors(context, () =>
        replyToThread(getDb(), signedIn(context.locals.actor), input.threadId, input.body),
      ),
  }),

  editPost: defineAction({
    accept: 'form',
    input: z.object({ postId: id, body }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await editPost(getDb(), signedIn(context.locals.actor), input.postId, input.body);
        return { postId: input.postId };
      }),
  }),

  deletePost: defineAction({
    accept: 'form',
    input: z.object({ postId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await deletePost(getDb(), signedIn(context.locals.actor), input.postId);
        return { postId: input.postId };
      }),
  }),

  reportPost: defineAction({
    accept: 'form',
    input: z.object({ postId: id, reason: text(MAX_REPORT_REASON).min(3, { error: 'form.required' }) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await reportPost(getDb(), signedIn(context.locals.actor), input.postId, input.reason);
        return { postId: input.postId };
      }),
  }),

  moderateThread: defineAction({
    accept: 'form',
    input: z.object({ threadId: id, flag: z.enum(['pinned', 'locked', 'hidden']), value: checkbox }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = signedIn(context.locals.actor);
        await setThreadFlag(getDb(), actor, input.threadId, input.flag, input.value === 'yes');
        return { done: true };
      }),
  }),

  moveThread: defineAction({
    accept: 'form',
    input: z.object({ threadId: id, toForum: text(120).min(1, { error: 'form.required' }) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await moveThread(getDb(), signedIn(context.locals.actor), input.threadId, input.toForum);
        return { forum: input.toForum };
      }),
  }),

  hidePost: defineAction({
    accept: 'form',
    input: z.object({ postId: id, hidden: checkbox }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await hidePost(getDb(), signedIn(context.locals.actor), input.postId, input.hidden === 'yes');
        return { postId: input.postId };
      }),
  }),

  muteThread: defineAction({
    accept: 'form',
    input: z.object({ threadId: id, muted: checkbox }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await setThreadMuted(getDb(), signedIn(context.locals.actor), input.threadId, !!input.muted);
        return { done: true };
      }),
  }),

  muteUser: defineAction({
    accept: 'form',
    input: z.object({ userId: id, muted: checkbox }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await setUserMuted(getDb(), signedIn(context.locals.actor), input.userId, !!input.muted);
        return { done: true };
      }),
  }),

  handleReports: defineAction({
    accept: 'form',
    input: z.object({
      reportId: z.array(id).max(100).default([]),
      bulk: z.enum(['hide', 'dismiss']),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => ({
        count: await handleReports(getDb(), signedIn(context.locals.actor), input.reportId, input.bulk),
      })),
  }),
};

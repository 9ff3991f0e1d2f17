import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { forumAudiences, joinPolicies } from '@db/schema';
import { getDb } from '@/lib/server/db';
import { ForbiddenError } from '@/lib/server/errors';
import {
  approveClub,
  createClub,
  declineClub,
  MAX_CLUB_DESCRIPTION,
  MAX_CLUB_NAME,
  MAX_CLUB_RULES,
  proposeClub,
} from '@/lib/server/clubs/clubs';
import {
  cancelRsvp,
  createMeetup,
  MAX_MEETUP_PLACE,
  MAX_MEETUP_TITLE,
  rsvpMeetup,
} from '@/lib/server/clubs/meetups';
import { cancelMeetup, updateMeetup } from '@/lib/server/clubs/meetup-changes';
import { decideMember, joinClub, leaveClub, setModerator } from '@/lib/server/clubs/membership';
import { fromLocalDateTime, LOCAL_DATE_TIME } from '@/lib/forms/local-date-time';
import { replaceClubCover } from '@/lib/server/uploads/club-cover';
import { checkbox, id, optionalText, text } from './fields';
import { mapErrors } from './map-errors';

/** Signed in, or the lib's refusal: every lib function checks the rest. */
function signedIn(actor: App.Locals['actor']) {
  if (!actor) throw new ForbiddenError();
  return actor;
}

/** An optional id from a drop-down whose first choice is empty. */
const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), id.optional());

const clubInput = z.object({
  name: text(MAX_CLUB_NAME).min(3, { error: 'form.required' }),
  description: optionalText(MAX_CLUB_DESCRIPTION),
  rules: optionalText(MAX_CLUB_RULES),
  fieldId: optionalId,
  unitId: optionalId,
  joinPolicy: z.enum(joinPolicies, { error: 'form.required' }),
  forumAudience: z.enum(forumAudiences, { error: 'form.required' }),
});
const toClubInput = (input: z.infer<typeof clubInput>) => ({
  ...input,
  fieldId: input.fieldId ?? null,
  unitId: input.unitId ?? null,
});

const localDateTime = z
  .string({ error: 'form.required' })
  .regex(LOCAL_DATE_TIME, { error: 'form.required' })
  .transform(fromLocalDateTime);

const meetupInput = z.object({
  title: text(MAX_MEETUP_TITLE).min(3, { error: 'form.required' }),
  startsAt: localDateTime,
  place: optionalText(MAX_MEETUP_PLACE),
  onlineUrl: optionalText(500),
  capacity: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.coerce.number({ error: 'form.required' }).int().min(1).max(10_000).optional(),
  ),
});
const toMeetupInput = ({ onlineUrl, capacity, ...meetup }: z.infer<typeof meetupInput>) => ({
  ...meetup,
  onlineUrl: onlineUrl || null,
  capacity: capacity ?? null,
});

export const clubs = {
  createClub: defineAction({
    accept: 'form',
    input: clubInput,
    handler: (input, context) =>
      mapErrors(context, async () => {
        const club = await createClub(getDb(), signedIn(context.locals.actor), toClubInput(input));
        return { slug: club.slug };
      }),
  }),

  proposeClub: defineAction({
    accept: 'form',
    input: clubInput,
    handler: (input, context) =>
      mapErrors(context, async () => {
        const club = await proposeClub(getDb(), signedIn(context.locals.actor), toClubInput(input));
        return { slug: club.slug };
      }),
  }),

  decideClubProposal: defineAction({
    accept: 'form',
    input: z.object({ clubId: id, decision: z.enum(['approve', 'decline']) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = signedIn(context.locals.actor);
        if (input.decision === 'approve') await approveClub(getDb(), actor, input.clubId);
        else await declineClub(getDb(), actor, input.clubId);
        return { decision: input.decision };
      }),
  }),

  joinClub: defineAction({
    accept: 'form',
    input: z.object({ clubId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => ({
        status: await joinClub(getDb(), signedIn(context.locals.actor), input.clubId),
      })),
  }),

  leaveClub: defineAction({
    accept: 'form',
    input: z.object({ clubId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await leaveClub(getDb(), signedIn(context.locals.actor), input.clubId);
        return { left: true };
      }),
  }),

  decideMember: defineAction({
    accept: 'form',
    input: z.object({
      clubId: id,
      userId: id,
      decision: z.enum(['approve', 'decline', 'remove', 'ban', 'unban', 'moderator', 'member']),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = signedIn(context.locals.actor);
        const { clubId, userId, decision } = input;
        if (decision === 'moderator' || decision === 'member') {
          await setModerator(getDb(), actor, clubId, userId, decision === 'moderator');
        } else {
          await decideMember(getDb(), actor, clubId, userId, decision);
        }
        return { done: true };
      }),
  }),

  createMeetup: defineAction({
    accept: 'form',
    input: meetupInput.extend({ clubId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const { clubId, ...meetup } = input;
        await createMeetup(getDb(), signedIn(context.locals.actor), clubId, toMeetupInput(meetup));
        return { done: true };
      }),
  }),

  updateMeetup: defineAction({
    accept: 'form',
    input: meetupInput.extend({ meetupId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const { meetupId, ...meetup } = input;
        await updateMeetup(getDb(), signedIn(context.locals.actor), meetupId, toMeetupInput(meetup));
        return { done: true };
      }),
  }),

  cancelMeetup: defineAction({
    accept: 'form',
    input: z.object({ meetupId: id }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await cancelMeetup(getDb(), signedIn(context.locals.actor), input.meetupId);
        return { done: true };
      }),
  }),

  uploadClubCover: defineAction({
    accept: 'form',
    input: z.object({ clubId: id, cover: z.instanceof(File, { error: 'form.required' }) }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const bytes = new Uint8Array(await input.cover.arrayBuffer());
        const cover = await replaceClubCover(getDb(), signedIn(context.locals.actor), input.clubId, bytes);
        return { coverPath: cover.path };
      }),
  }),

  rsvpMeetup: defineAction({
    accept: 'form',
    input: z.object({ meetupId: id, going: checkbox }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        const actor = signedIn(context.locals.actor);
        if (input.going) await rsvpMeetup(getDb(), actor, input.meetupId);
        else await cancelRsvp(getDb(), actor, input.meetupId);
        return { done: true };
      }),
  }),
};

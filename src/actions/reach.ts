import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { getDb } from '@/lib/server/db';
import {
  confirmSubscription,
  subscribeToList,
  unsubscribeFromList,
} from '@/lib/server/mailing-list/subscribe';
import { setYouthPopulation } from '@/lib/server/reach/target';
import { email, text } from './fields';
import { mapErrors } from './map-errors';

/** A mailed link's secret; the library checks its shape and its row. */
const token = z.string().max(200);

/**
 * The mailing list (subscribe, confirm, unsubscribe: anyone, the links are the credentials) and
 * the youth population behind the reach target (admins; the library checks).
 */
export const reach = {
  subscribeToList: defineAction({
    accept: 'form',
    input: z.object({ email }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await subscribeToList(getDb(), {
          email: input.email,
          lang: context.locals.lang,
          ip: context.locals.clientAddress,
        });
        return { sent: true };
      }),
  }),

  confirmSubscription: defineAction({
    accept: 'form',
    input: z.object({ token }),
    handler: (input, context) =>
      mapErrors(context, () =>
        confirmSubscription(getDb(), { token: input.token, ip: context.locals.clientAddress }),
      ),
  }),

  unsubscribeFromList: defineAction({
    accept: 'form',
    input: z.object({ token }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await unsubscribeFromList(getDb(), input.token);
        return { unsubscribed: true };
      }),
  }),

  setYouthPopulation: defineAction({
    accept: 'form',
    input: z.object({
      year: z.coerce
        .number({ error: 'reach.population.yearRange' })
        .int({ error: 'reach.population.yearRange' }),
      population: z.coerce
        .number({ error: 'reach.population.range' })
        .int({ error: 'reach.population.range' })
        .positive({ error: 'reach.population.range' })
        .max(20_000_000, { error: 'reach.population.range' }),
      source: text(300).min(3, { error: 'reach.population.source' }),
    }),
    handler: (input, context) =>
      mapErrors(context, async () => {
        await setYouthPopulation(getDb(), context.locals.actor, input);
        return { year: input.year };
      }),
  }),
};

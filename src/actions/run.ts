import { type ActionAPIContext, ActionError } from 'astro:actions';
import { ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from '@/lib/server/errors';
import { logUnhandledError } from '@/lib/server/http/request-log';

/**
 * Runs an action's work and turns the lib's errors into 4xx ActionErrors whose message is a
 * dictionary key (`field|key` for a field's error), so the page can show it in the reader's language.
 * Anything else is a bug: logged with the request id (Astro turns an action's error into a result,
 * so it never reaches the middleware), and it stays a 500.
 */
export async function run<T>(context: ActionAPIContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RateLimitedError) {
      context.locals.retryAfter = error.retryAfterSeconds;
      throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: error.messageKey });
    }
    if (error instanceof InvalidInputError) {
      throw new ActionError({ code: 'BAD_REQUEST', message: `${error.field ?? ''}|${error.message}` });
    }
    if (error instanceof ForbiddenError)
      throw new ActionError({ code: 'FORBIDDEN', message: 'form.forbidden' });
    if (error instanceof NotFoundError)
      throw new ActionError({ code: 'NOT_FOUND', message: 'notFound.title' });
    logUnhandledError(context.locals.requestId, context.request, error);
    throw error;
  }
}

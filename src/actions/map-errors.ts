import { type ActionAPIContext, ActionError } from 'astro:actions';
import { encodeFormError } from '@/lib/form-error';
import { ForbiddenError, LibraryError, NotFoundError, RateLimitedError } from '@/lib/server/errors';
import { logUnhandledError } from '@/lib/server/http/request-log';

type ErrorCode = ConstructorParameters<typeof ActionError>[0]['code'];

/** The HTTP answer for each kind of library error. */
function codeOf(error: LibraryError): ErrorCode {
  if (error instanceof RateLimitedError) return 'TOO_MANY_REQUESTS';
  if (error instanceof ForbiddenError) return 'FORBIDDEN';
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  return 'BAD_REQUEST'; // InvalidInputError
}

export interface MapErrorsOptions {
  /**
   * The form's name for a field the library names otherwise (a page with two forms cannot have two
   * inputs named `email`), e.g. `{ email: 'accountEmail' }`.
   */
  fieldNames?: Readonly<Record<string, string>>;
}

/**
 * Runs an action's work and turns the library's errors into 4xx ActionErrors carrying a
 * {@link FormError} (dictionary key and field), which `readFormResult` reads back for the page.
 * Anything else is a bug: logged with the request id (Astro turns an action's error into a result,
 * so it never reaches the middleware), and it stays a 500.
 * @example handler: (input, context) => mapErrors(context, () => saveThing(getDb(), actor, input))
 */
export async function mapErrors<T>(
  context: ActionAPIContext,
  work: () => Promise<T>,
  options: MapErrorsOptions = {},
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof LibraryError)) {
      logUnhandledError(context.locals.requestId, context.request, error);
      throw error;
    }
    if (error instanceof RateLimitedError) context.locals.retryAfter = error.retryAfterSeconds;
    const field = error.field && (options.fieldNames?.[error.field] ?? error.field);
    throw new ActionError({ code: codeOf(error), message: encodeFormError({ key: error.key, field }) });
  }
}

/**
 * Errors that lib functions throw for the caller to turn into a 4xx answer; anything else is a bug.
 * Actions map them to ActionError codes in one place (src/actions/errors.ts).
 */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** Input that is well-formed but not acceptable (a taken email, an ineligible birth year…). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    message: string,
    /** The form field it concerns, when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly retryAfterSeconds: number,
    /** The dictionary key of the message to show; {count} is filled in with the minutes to wait. */
    readonly messageKey = 'form.rateLimited',
  ) {
    super(`Too many attempts; retry in ${retryAfterSeconds} s`);
  }
}

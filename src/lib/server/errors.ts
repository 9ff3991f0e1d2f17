/**
 * Errors that lib functions throw for the caller to turn into a 4xx answer; anything else is a bug.
 * Each carries what the reader is shown, a dictionary key, and the form field it concerns (none: the
 * form as a whole), so an action maps it without knowing the rule behind it (src/actions/map-errors.ts).
 */
import type { MessageKey } from '@/lib/i18n/translate';

/** A refusal the reader can understand: a dictionary key, and the field it is about. */
export abstract class LibraryError extends Error {
  constructor(
    readonly key: MessageKey,
    /** The form field it concerns, when there is one. */
    readonly field?: string,
  ) {
    super(field ? `${field}: ${key}` : key);
  }
}

/** The actor may not do this (not signed in, wrong role, another unit's data). */
export class ForbiddenError extends LibraryError {
  override name = 'ForbiddenError';
  constructor(key: MessageKey = 'form.forbidden', field?: string) {
    super(key, field);
  }
}

/** The row the request names does not exist (or must not be revealed to exist). */
export class NotFoundError extends LibraryError {
  override name = 'NotFoundError';
  constructor(key: MessageKey = 'notFound.title', field?: string) {
    super(key, field);
  }
}

/** Input that is well-formed but not acceptable (a taken email, an ineligible birth year…). */
export class InvalidInputError extends LibraryError {
  override name = 'InvalidInputError';
}

export class RateLimitedError extends LibraryError {
  override name = 'RateLimitedError';
  constructor(
    readonly retryAfterSeconds: number,
    /** The message to show; {count} is filled in with the minutes to wait. */
    key: MessageKey = 'form.rateLimited',
  ) {
    super(key);
  }
}

import type { AstroGlobal } from 'astro';
import { isInputError, type SafeResult } from 'astro:actions';
import { decodeFormError } from '@/lib/form-error';
import { isMessageKey, type MessageKey } from '@/lib/i18n/translate';

export interface FormOutcome<T> {
  /** The action's result when it succeeded. */
  data: T | undefined;
  /** Dictionary keys of the errors of each field. */
  fields: Record<string, MessageKey>;
  /** A dictionary key for an error of the whole form. */
  message: MessageKey | undefined;
}

export interface ReadFormOptions {
  /**
   * The fields the form shows, when not all of its inputs are (a row's id is a hidden input): an
   * error about any other field is shown as the form's message.
   */
  shownFields?: readonly string[];
}

/**
 * Reads the result of a form action for its page: field errors from zod and from the lib, a form
 * error, and the HTTP status to answer with (4xx on failure, with Retry-After when rate-limited).
 */
export function readFormResult<T>(
  astro: AstroGlobal,
  result: SafeResult<Record<string, unknown>, T> | undefined,
  options: ReadFormOptions = {},
): FormOutcome<T> {
  const outcome: FormOutcome<T> = { data: undefined, fields: {}, message: undefined };
  if (!result) return outcome;
  if (!result.error) return { ...outcome, data: result.data };
  astro.response.status = result.error.status;
  if (astro.locals.retryAfter) astro.response.headers.set('Retry-After', String(astro.locals.retryAfter));
  if (isInputError(result.error)) {
    for (const [field, messages] of Object.entries(result.error.fields)) {
      const first = messages?.[0];
      if (first) outcome.fields[field] = isMessageKey(first) ? first : 'form.required';
    }
    return { ...outcome, message: 'form.fixErrors' };
  }
  const { key, field } = decodeFormError(result.error.message);
  if (!field || (options.shownFields && !options.shownFields.includes(field))) {
    return { ...outcome, message: key };
  }
  return { ...outcome, fields: { [field]: key }, message: 'form.fixErrors' };
}

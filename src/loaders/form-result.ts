import type { AstroGlobal } from 'astro';
import { isInputError, type SafeResult } from 'astro:actions';
import { isMessageKey, type MessageKey } from '@/lib/i18n/translate';

export interface FormOutcome<T> {
  /** The action's result when it succeeded. */
  data: T | undefined;
  /** Dictionary keys of the errors of each field. */
  fields: Record<string, MessageKey>;
  /** A dictionary key for an error of the whole form. */
  message: MessageKey | undefined;
}

/**
 * Reads the result of a form action for its page: field errors from zod and from the lib, a form
 * error, and the HTTP status to answer with (4xx on failure, with Retry-After when rate-limited).
 */
export function readFormResult<T>(
  astro: AstroGlobal,
  result: SafeResult<Record<string, unknown>, T> | undefined,
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
  const [field = '', key = ''] = result.error.message.includes('|')
    ? result.error.message.split('|')
    : ['', result.error.message];
  const known = isMessageKey(key) ? key : 'form.fixErrors';
  if (field) outcome.fields[field] = isMessageKey(key) ? key : 'form.invalid';
  return { ...outcome, message: field ? 'form.fixErrors' : known };
}

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
  /**
   * What the person sent, when the server refused it, so the form shows it again instead of the
   * stored values; never a password or a file. Read it through `typedText`, `typedChecked`,
   * `typedChoices`.
   */
  typed: URLSearchParams | undefined;
}

export interface ReadFormOptions {
  /**
   * The fields the form shows, when not all of its inputs are (a row's id is a hidden input): an
   * error about any other field is shown as the form's message.
   */
  shownFields?: readonly string[];
}

/** Inputs never sent back to the browser: passwords (sign-in, sign-up, reset, change). */
const secretFields = new Set(['password', 'current', 'next']);

/** The text inputs of the refused form, read again from the request body (Astro's action read a clone). */
async function readTyped(request: Request): Promise<URLSearchParams> {
  const typed = new URLSearchParams();
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return typed;
  try {
    for (const [name, value] of (await request.clone().formData()).entries())
      if (typeof value === 'string' && !secretFields.has(name)) typed.append(name, value);
  } catch {
    // A body that cannot be read again leaves the stored values in the form.
  }
  return typed;
}

/**
 * Reads the result of a form action for its page: field errors from zod and from the lib, a form
 * error, what was typed (on a refusal), and the HTTP status to answer with (4xx on failure, with
 * Retry-After when rate-limited).
 * @example const outcome = await readFormResult(Astro, Astro.getActionResult(actions.signUp));
 */
export async function readFormResult<T>(
  astro: AstroGlobal,
  result: SafeResult<Record<string, unknown>, T> | undefined,
  options: ReadFormOptions = {},
): Promise<FormOutcome<T>> {
  const outcome: FormOutcome<T> = { data: undefined, fields: {}, message: undefined, typed: undefined };
  if (!result) return outcome;
  if (!result.error) return { ...outcome, data: result.data };
  astro.response.status = result.error.status;
  if (astro.locals.retryAfter) astro.response.headers.set('Retry-After', String(astro.locals.retryAfter));
  outcome.typed = await readTyped(astro.request);
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

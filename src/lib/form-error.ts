import { isMessageKey, type MessageKey } from '@/lib/i18n/translate';

/**
 * A refused form as an action hands it to its page: what to tell the reader (a dictionary key) and
 * the field it concerns (none: the form as a whole). Astro carries an ActionError's message as a
 * string, so this shape travels as JSON through {@link encodeFormError} and {@link decodeFormError}.
 */
export interface FormError {
  key: MessageKey;
  field?: string;
}

export function encodeFormError(error: FormError): string {
  return JSON.stringify(error.field ? { key: error.key, field: error.field } : { key: error.key });
}

/**
 * The form error an ActionError message carries. A message that is not one (an error Astro raised
 * itself) reads as a problem with the whole form, never as text to show.
 */
export function decodeFormError(message: string): FormError {
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed === 'object' && parsed !== null && 'key' in parsed) {
      const { key, field } = parsed as { key: unknown; field?: unknown };
      if (typeof key === 'string' && isMessageKey(key)) {
        return typeof field === 'string' && field ? { key, field } : { key };
      }
    }
  } catch {
    // not JSON: fall through
  }
  return { key: 'form.fixErrors' };
}

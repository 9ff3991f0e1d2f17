import { expect } from 'vitest';
import type { MessageKey } from '@/lib/i18n/translate';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';

/** What the promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** The promise rejects with an InvalidInputError, naming `field` and carrying the dictionary `key` when they are given. */
export async function expectInvalid(
  promise: Promise<unknown>,
  field?: string,
  options: { key?: MessageKey } = {},
): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(InvalidInputError);
  if (options.key !== undefined) expect((error as InvalidInputError).key).toBe(options.key);
  if (field) expect((error as InvalidInputError).field).toBe(field);
}

/** The promise rejects with a ForbiddenError. */
export async function expectForbidden(promise: Promise<unknown>): Promise<void> {
  expect(await rejection(promise)).toBeInstanceOf(ForbiddenError);
}

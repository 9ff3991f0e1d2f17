import { expect } from 'vitest';
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

/** The promise rejects with an InvalidInputError, naming `field` and carrying `message` when they are given. */
export async function expectInvalid(
  promise: Promise<unknown>,
  field?: string,
  options: { message?: string } = {},
): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(InvalidInputError);
  if (options.message !== undefined) expect((error as InvalidInputError).message).toBe(options.message);
  if (field) expect((error as InvalidInputError).field).toBe(field);
}

/** The promise rejects with a ForbiddenError. */
export async function expectForbidden(promise: Promise<unknown>): Promise<void> {
  expect(await rejection(promise)).toBeInstanceOf(ForbiddenError);
}

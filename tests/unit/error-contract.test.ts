import type { ActionAPIContext } from 'astro:actions';
import type { AstroGlobal } from 'astro';
import { ActionError } from 'astro:actions';
import { describe, expect, it, vi } from 'vitest';
import { mapErrors } from '@/actions/map-errors';
import { decodeFormError, encodeFormError } from '@/lib/form-error';
import { ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from '@/lib/server/errors';
import { readFormResult, type ReadFormOptions } from '@/loaders/form-result';

/** What an action's caller receives when the library throws `error`. */
async function mapped(error: Error, fieldNames?: Record<string, string>) {
  const context = {
    locals: { requestId: 'abc123' },
    request: new Request('http://localhost/_actions/profile.update', { method: 'POST' }),
  } as unknown as ActionAPIContext;
  const thrown = await mapErrors(
    context,
    () => Promise.reject(error),
    fieldNames ? { fieldNames } : {},
  ).catch((e: unknown) => e);
  return { thrown: thrown as ActionError, context };
}

/** The page's reading of an action that failed with `error`, for a form that sent `body`. */
async function pageOf(
  error: ActionError,
  options?: ReadFormOptions,
  retryAfter?: number,
  body = new URLSearchParams(),
) {
  const astro = {
    response: { status: 200, headers: new Headers() },
    locals: { retryAfter },
    request: new Request('http://localhost/dang-ky?_action=signUp', { method: 'POST', body }),
  } as unknown as AstroGlobal;
  const outcome = await readFormResult(astro, { data: undefined, error }, options);
  return { outcome, astro };
}

describe('the error contract from library to page', () => {
  it('carries the key and field of a refusal, as a 400 and a field error', async () => {
    const { thrown } = await mapped(new InvalidInputError('profile.consentRequired', 'consent'));
    expect(thrown).toBeInstanceOf(ActionError);
    expect(thrown.code).toBe('BAD_REQUEST');
    const { outcome, astro } = await pageOf(thrown);
    expect(astro.response.status).toBe(400);
    expect(outcome.fields).toEqual({ consent: 'profile.consentRequired' });
    expect(outcome.message).toBe('form.fixErrors');
  });

  it('renames a field for a form that calls it otherwise', async () => {
    const { thrown } = await mapped(new InvalidInputError('workspace.disableSelf', 'email'), {
      email: 'accountEmail',
    });
    expect((await pageOf(thrown)).outcome.fields).toEqual({ accountEmail: 'workspace.disableSelf' });
  });

  it('shows a refusal about a hidden input as the form message', async () => {
    const { thrown } = await mapped(new InvalidInputError('workspace.claimRefused', 'claimId'));
    const { outcome } = await pageOf(thrown, { shownFields: [] });
    expect(outcome.fields).toEqual({});
    expect(outcome.message).toBe('workspace.claimRefused');
  });

  it('answers 403, 404 and 429 with their keys, and Retry-After when rate-limited', async () => {
    const forbidden = await pageOf((await mapped(new ForbiddenError())).thrown);
    expect([forbidden.astro.response.status, forbidden.outcome.message]).toEqual([403, 'form.forbidden']);
    const missing = await pageOf(
      (await mapped(new NotFoundError('profile.claimUnknown', 'talentSlug'))).thrown,
    );
    expect(missing.astro.response.status).toBe(404);
    expect(missing.outcome.fields).toEqual({ talentSlug: 'profile.claimUnknown' });

    const limited = await mapped(new RateLimitedError(90));
    expect(limited.context.locals.retryAfter).toBe(90);
    const page = await pageOf(limited.thrown, {}, 90);
    expect(page.astro.response.status).toBe(429);
    expect(page.astro.response.headers.get('Retry-After')).toBe('90');
    expect(page.outcome.message).toBe('form.rateLimited');
  });

  it('gives a refused form back what was typed, except passwords', async () => {
    const { thrown } = await mapped(new InvalidInputError('password.common', 'password'));
    const body = new URLSearchParams([
      ['displayName', 'Nguyễn Thị Hoa'],
      ['email', 'hoa@example.vn'],
      ['password', '12345678'],
      ['current', 'cũ'],
      ['next', 'mới'],
      ['fields', 'tin-hoc'],
      ['fields', 'am-nhac'],
    ]);
    const { outcome } = await pageOf(thrown, {}, undefined, body);
    expect(outcome.typed?.get('displayName')).toBe('Nguyễn Thị Hoa');
    expect(outcome.typed?.get('email')).toBe('hoa@example.vn');
    expect(outcome.typed?.getAll('fields')).toEqual(['tin-hoc', 'am-nhac']);
    expect(['password', 'current', 'next'].filter((name) => outcome.typed?.has(name))).toEqual([]);
  });

  it('keeps nothing typed when the form succeeded', async () => {
    const astro = { request: new Request('http://localhost/', { method: 'POST', body: 'a=b' }) };
    const outcome = await readFormResult(astro as unknown as AstroGlobal, { data: 1, error: undefined });
    expect(outcome).toEqual({ data: 1, fields: {}, message: undefined, typed: undefined });
  });

  it('lets any other error through as a bug, logged with the request id', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bug = new TypeError('boom');
    expect((await mapped(bug)).thrown).toBe(bug);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Unhandled error request=abc123 POST /_actions/profile.update'),
    );
    log.mockRestore();
  });

  it('never shows a message that is not a dictionary key', () => {
    expect(decodeFormError('Internal error')).toEqual({ key: 'form.fixErrors' });
    expect(decodeFormError(JSON.stringify({ key: 'not.a.key', field: 'x' }))).toEqual({
      key: 'form.fixErrors',
    });
    expect(decodeFormError(encodeFormError({ key: 'form.invalid', field: 'fields' }))).toEqual({
      key: 'form.invalid',
      field: 'fields',
    });
  });
});

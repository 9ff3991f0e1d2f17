import { describe, expect, it } from 'vitest';
import { type AnswerFacts, cachePolicy } from '@/lib/server/http/cache-policy';

const anonymousGet: AnswerFacts = {
  signedIn: false,
  method: 'GET',
  status: 200,
  setsCookie: false,
  chosen: null,
};

describe('what caches may keep', () => {
  it('keeps nothing of a signed-in answer, whatever the page chose', () => {
    for (const chosen of [null, 'public, max-age=3600', 'private, max-age=3600'])
      expect(cachePolicy({ ...anonymousGet, signedIn: true, chosen })).toEqual({
        cacheControl: 'private, no-store',
      });
  });

  it('keeps nothing of an answer that sets a cookie', () => {
    expect(cachePolicy({ ...anonymousGet, setsCookie: true }).cacheControl).toBe('private, no-store');
  });

  it('lets shared caches keep an anonymous page briefly, varying on the cookie', () => {
    expect(cachePolicy(anonymousGet)).toEqual({
      cacheControl: 'public, max-age=0, s-maxage=5, stale-while-revalidate=30',
      vary: 'Cookie',
    });
  });

  it('keeps an anonymous page’s own choice', () => {
    expect(cachePolicy({ ...anonymousGet, chosen: 'no-store' }).cacheControl).toBe('no-store');
  });

  it('stores no form answer and no error', () => {
    expect(cachePolicy({ ...anonymousGet, method: 'POST' }).cacheControl).toBe('no-store');
    expect(cachePolicy({ ...anonymousGet, status: 404 }).cacheControl).toBe('no-store');
    expect(cachePolicy({ ...anonymousGet, status: 500 }).cacheControl).toBe('no-store');
  });
});

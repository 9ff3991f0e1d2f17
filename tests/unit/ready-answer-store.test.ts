import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReadyAnswerStore, type ReadyAnswer } from '../../scripts/serve/ready-answer-store';

const page = (bytes: number, tags: string[], expiresAt = Date.now() + 60_000): ReadyAnswer => ({
  status: 200,
  statusMessage: 'OK',
  headers: { 'content-type': 'text/html' },
  body: Buffer.alloc(bytes, 'a'),
  tags,
  expiresAt,
  compressed: {},
});

afterEach(() => vi.useRealTimers());

describe('the ready answers kept by the server entry', () => {
  it('forgets an answer once its copy in the route cache has expired', () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T12:00:00Z') });
    const store = createReadyAnswerStore(1_000_000);
    store.set('/', page(100, ['network'], Date.now() + 60_000));
    vi.advanceTimersByTime(59_999);
    expect(store.get('/')).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(store.get('/')).toBeUndefined();
  });

  it('drops by tag only the answers that carry it', () => {
    const store = createReadyAnswerStore(1_000_000);
    store.set('/a', page(100, ['talent:1']));
    store.set('/b', page(100, ['talent:2', 'network']));
    store.set('/c', page(100, []));
    store.dropTagged(['network', 'talent:9']);
    expect(['/a', '/b', '/c'].map((key) => store.has(key))).toEqual([true, false, true]);
  });

  it('stays within its bytes, compressed copies included, least recently used out first', async () => {
    const store = createReadyAnswerStore(10_000);
    store.set('/a', page(2_000, []));
    store.set('/b', page(2_000, []));
    store.set('/big', page(2_501, []));
    expect(store.has('/big')).toBe(false); // over a quarter of the cap
    // Random bytes do not shrink: the copy adds about 2,000 bytes.
    const a = store.get('/a')!;
    a.body = randomBytes(2_000);
    await store.compressedBody(a, 'gzip');
    store.get('/b');
    store.set('/c', page(2_000, []));
    expect(['/a', '/b', '/c'].map((key) => store.has(key))).toEqual([true, true, true]);
    store.set('/d', page(2_000, []));
    expect(['/a', '/b', '/c', '/d'].map((key) => store.has(key))).toEqual([false, true, true, true]);
  });
});

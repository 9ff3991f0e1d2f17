import { describe, expect, it } from 'vitest';
import { readOnce } from '@/loaders/content/collections';

describe('reading a collection once per process', () => {
  it('shares the first read of each key, and reads each key on its own', async () => {
    const reads: string[] = [];
    const read = readOnce((key: string) => {
      reads.push(key);
      return Promise.resolve([key]);
    });
    const [first, second] = await Promise.all([read('news'), read('news')]);
    expect(first).toBe(second);
    expect(await read('news')).toBe(first);
    expect(await read('awardCalls')).toEqual(['awardCalls']);
    expect(reads).toEqual(['news', 'awardCalls']);
  });

  it('reads again after a failed read', async () => {
    let calls = 0;
    const read = readOnce((key: string) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('not ready')) : Promise.resolve(key);
    });
    await expect(read('news')).rejects.toThrow('not ready');
    expect(await read('news')).toBe('news');
    expect(calls).toBe(2);
  });
});

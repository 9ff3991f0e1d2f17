import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '@/lib/server/config';

const START = '2026-12-01T03:00:00Z';

describe('CLOCK_START', () => {
  it('moves the clock of a server that only this machine reaches', () => {
    const before = Date.now();
    const { clockOffsetMs } = readConfig({
      CLOCK_START: START,
      HOST: '127.0.0.1',
      PUBLIC_SITE_URL: 'http://127.0.0.1:4321',
    });
    const after = Date.now();
    expect(clockOffsetMs).toBeLessThanOrEqual(Date.parse(START) - before);
    expect(clockOffsetMs).toBeGreaterThanOrEqual(Date.parse(START) - after);
    expect(readConfig({}).clockOffsetMs).toBe(0);
  });

  it('refuses to run on a public address', () => {
    expect(() => readConfig({ CLOCK_START: START, HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() =>
      readConfig({ CLOCK_START: START, HOST: 'localhost', PUBLIC_SITE_URL: 'https://tainangtre.angiang.vn' }),
    ).toThrow(/CLOCK_START/);
  });

  it('takes only a full date and time', () => {
    expect(() => readConfig({ CLOCK_START: 'tomorrow' })).toThrow(/CLOCK_START/);
  });
});

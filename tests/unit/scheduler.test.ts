import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulePeriodicJob } from '@/lib/server/housekeeping/scheduler';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0); // no jitter: the test knows when runs are due
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('periodic jobs in the server process', () => {
  it('run soon after start, then every interval, until stopped', async () => {
    const run = vi.fn(async () => {});
    const stop = schedulePeriodicJob({ name: 'test', everyMs: 60_000, run }, 1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('keep going after a failed run, and never overlap a slow one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let running = 0;
    let most = 0;
    const run = vi.fn(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 90_000)); // slower than the interval
      running--;
      if (run.mock.calls.length === 1) throw new Error('database busy');
    });
    const stop = schedulePeriodicJob({ name: 'slow', everyMs: 60_000, run }, 0);
    await vi.advanceTimersByTimeAsync(400_000);
    stop();
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    expect(console.error).toHaveBeenCalledWith('Periodic job slow failed:', expect.any(Error));
  });

  it('let two jobs run side by side on their own intervals', async () => {
    const purge = vi.fn(async () => {});
    const mail = vi.fn(async () => {});
    const stops = [
      schedulePeriodicJob({ name: 'purge', everyMs: 900_000, run: purge }, 0),
      schedulePeriodicJob({ name: 'mail', everyMs: 30_000, run: mail }, 0),
    ];
    await vi.advanceTimersByTimeAsync(900_000);
    stops.forEach((stop) => stop());
    expect(purge).toHaveBeenCalledTimes(2);
    expect(mail).toHaveBeenCalledTimes(31);
  });
});

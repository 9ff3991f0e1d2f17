import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '@/lib/server/work-queue';

/** A task that records how many tasks run beside it, then finishes when the test says so. */
function trackedTasks() {
  let running = 0;
  let peak = 0;
  const finishers: (() => void)[] = [];
  const order: number[] = [];
  const task =
    (n: number, fail = false) =>
    async () => {
      running += 1;
      peak = Math.max(peak, running);
      order.push(n);
      await new Promise<void>((resolve) => finishers.push(resolve));
      running -= 1;
      if (fail) throw new Error(`task ${n} failed`);
      return n;
    };
  /** Lets every task started so far finish, then gives the queue a turn to start the next ones. */
  const finishRunning = async () => {
    for (const finish of finishers.splice(0)) finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { task, finishRunning, order, peak: () => peak };
}

describe('the work queue', () => {
  it.each([1, 2])('never runs more than its concurrency (%i) at once', async (concurrency) => {
    const queue = createWorkQueue(concurrency);
    const { task, finishRunning, order, peak } = trackedTasks();
    const results = Array.from({ length: 7 }, (_, n) => queue.run(task(n)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.active).toBe(concurrency);
    expect(queue.waiting).toBe(7 - concurrency);
    while (queue.active > 0) await finishRunning();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(peak()).toBe(concurrency);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(queue.waiting).toBe(0);
  });

  it('frees the slot of a task that fails and hands its error to its caller', async () => {
    const queue = createWorkQueue(1);
    const { task, finishRunning, peak } = trackedTasks();
    const failing = queue.run(task(0, true));
    const next = queue.run(task(1));
    const failed = expect(failing).rejects.toThrow('task 0 failed');
    await finishRunning();
    await failed;
    await finishRunning();
    expect(await next).toBe(1);
    expect(peak()).toBe(1);
    expect(queue.active).toBe(0);
  });

  it('refuses a concurrency below one', () => {
    expect(() => createWorkQueue(0)).toThrow(RangeError);
  });
});

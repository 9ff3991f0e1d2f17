/**
 * A queue that runs at most `concurrency` tasks at a time in this process, the rest waiting in
 * arrival order. It keeps CPU-heavy work (decoding images) from taking every core while pages wait:
 * the limit is per process, so it needs no shared state between instances.
 */
export interface WorkQueue {
  /** Runs `task` once a slot is free; resolves or rejects with the task's own outcome. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

/**
 * @example const decoding = createWorkQueue(1); await decoding.run(() => sharp(bytes).toBuffer())
 */
export function createWorkQueue(concurrency: number): WorkQueue {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be ≥ 1');
  let active = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next task, so `active` never dips and lets a newcomer jump in.
    if (next) next();
    else active -= 1;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < concurrency) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

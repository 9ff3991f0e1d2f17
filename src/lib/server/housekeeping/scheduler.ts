export interface PeriodicJob {
  /** Named in the log when a run fails. */
  name: string;
  everyMs: number;
  run: () => Promise<void>;
}

/**
 * Runs `job` soon after start and then every `everyMs`, inside the server process (no cron). Runs of
 * one job never overlap (the next is timed from the end of the last); the start and every interval
 * are jittered by up to a tenth so several instances do not all run together; a failed run is
 * logged and the next one still comes; timers never keep the process alive. Jobs must be safe to
 * run on several instances at once (idempotent deletes, no state kept in memory).
 * Returns a function that stops the job.
 * @example const stop = schedulePeriodicJob({ name: 'purge', everyMs: 900_000, run: () => purge(db) });
 */
export function schedulePeriodicJob(job: PeriodicJob, firstDelayMs = 5_000): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const jitter = (ms: number) => ms + Math.floor(Math.random() * (ms / 10));
  const tick = async () => {
    try {
      await job.run();
    } catch (error) {
      console.error(`Periodic job ${job.name} failed:`, error);
    }
    if (!stopped) arm(jitter(job.everyMs));
  };
  const arm = (delay: number) => {
    timer = setTimeout(() => void tick(), delay);
    timer.unref();
  };
  arm(jitter(firstDelayMs));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

import { count, gt, max, min, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { searchOutbox } from '@db/schema';
import type { TalentSearch } from '@/lib/search/types';
import { drainSearchOutbox } from './outbox';

/**
 * Past this age the oldest undelivered change is an alert: the relay tries every 2 s and retries a
 * failure within 5 min, so a change this old means Meilisearch has been failing for a while (or no
 * relay runs at all) and the directory may show what talents have hidden.
 */
export const OUTBOX_LAG_ALERT_MS = 10 * 60_000;

export interface SearchOutboxLag {
  /** Changes not yet delivered. */
  pending: number;
  /** Of those, changes whose last delivery failed. */
  failing: number;
  /** The most tries any pending change has had. */
  maxAttempts: number;
  /** Age of the oldest undelivered change (ms), 0 when none. */
  lagMs: number;
  /** The latest delivery error among failing changes, if any. */
  lastError: string | null;
  /** `lagMs` is past {@link OUTBOX_LAG_ALERT_MS}: the health check should report it. */
  alert: boolean;
}

/**
 * How far Meilisearch is behind the database, for the health route and the relay's own alert.
 * Reads only the outbox, so it works whether or not this process runs a relay.
 */
export async function getSearchOutboxLag(db: Executor, now: number = Date.now()): Promise<SearchOutboxLag> {
  const [totals] = await db
    .select({
      pending: count(),
      failing: sql<number>`count(*) filter (where ${searchOutbox.attempts} > 0)`,
      maxAttempts: max(searchOutbox.attempts),
    })
    .from(searchOutbox);
  // 0 marks rows queued before the column existed: their age is unknown, not 56 years.
  const [oldest] = await db
    .select({ queuedAt: min(searchOutbox.queuedAt) })
    .from(searchOutbox)
    .where(gt(searchOutbox.queuedAt, 0));
  const [failed] = await db
    .select({ lastError: searchOutbox.lastError })
    .from(searchOutbox)
    .where(gt(searchOutbox.attempts, 0))
    .orderBy(sql`${searchOutbox.nextAttemptAt} desc`)
    .limit(1);
  const lagMs = oldest?.queuedAt ? Math.max(0, now - oldest.queuedAt) : 0;
  return {
    pending: totals?.pending ?? 0,
    failing: Number(totals?.failing ?? 0),
    maxAttempts: totals?.maxAttempts ?? 0,
    lagMs,
    lastError: failed?.lastError ?? null,
    alert: lagMs > OUTBOX_LAG_ALERT_MS,
  };
}

/**
 * Drains the outbox every `intervalMs` in the background; returns a function that stops it. The
 * timer does not keep the process alive, and a slow drain is never overlapped by the next tick.
 * When the lag crosses {@link OUTBOX_LAG_ALERT_MS} it logs an error once, and once more on recovery.
 */
export function startOutboxRelay(
  db: Database,
  engine: TalentSearch,
  { intervalMs, now = Date.now }: { intervalMs: number; now?: () => number },
): () => void {
  const limit = 500;
  let running = false;
  let alerting = false;
  const tick = async () => {
    let result;
    // A full batch means more is due (say, after an outage): keep going rather than wait a tick.
    do result = await drainSearchOutbox(db, engine, { limit, now: now() });
    while (result.delivered === limit);
    if (result.failed > 0)
      console.warn(
        `Search outbox: ${result.failed} change(s) not delivered to ${engine.engine}; will retry.`,
      );
    const lag = await getSearchOutboxLag(db, now());
    if (lag.alert !== alerting) {
      alerting = lag.alert;
      if (lag.alert)
        console.error(
          `Search outbox ALERT: ${lag.pending} change(s) waiting, the oldest for ${Math.round(lag.lagMs / 60_000)} min;` +
            ` ${engine.engine} is not receiving changes (last error: ${lag.lastError ?? 'none'}).`,
        );
      else console.info(`Search outbox: recovered, ${engine.engine} is receiving changes again.`);
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((error: unknown) => console.warn('Search outbox: drain failed:', (error as Error).message))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

import { sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { materialDownloads, reachDays, reachVisitors } from '@db/schema';
import { toLocalDay } from '@/lib/forms/local-date-time';
import { createSaltSource, visitorHash } from './visitor-hash';

/** How often an instance writes what it counted; the README states the loss this allows. */
export const REACH_FLUSH_EVERY_MS = 5_000;
/** Past this many distinct visitors waiting, the buffer is written at once rather than grow. */
const MAX_BUFFERED_VISITORS = 5_000;

export interface ReachView {
  kind: 'page' | 'download';
  /** The material's file name, for a download. */
  file?: string;
  address: string;
  userAgent: string;
  at: Date;
}

export interface ReachCounter {
  /** Counts one view in memory; never waits for the database. */
  record(view: ReachView): void;
  /** Writes what is buffered: one batch of insert-or-ignore and additions. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left (at shutdown). */
  stop(): Promise<void>;
}

interface Buffer_ {
  visitors: Map<string, { day: string; hash: Buffer }>;
  pageViews: Map<string, number>;
  downloads: Map<string, { day: string; file: string; count: number }>;
}
const emptyBuffer = (): Buffer_ => ({ visitors: new Map(), pageViews: new Map(), downloads: new Map() });

/**
 * The reach counter of one server instance (started by the server entry, which sees every answer,
 * cached pages and static files included). Views are hashed at once and kept in memory, and written
 * every {@link REACH_FLUSH_EVERY_MS} and at shutdown in one batch: a page never waits for it. What
 * a crashed instance had not written (a few seconds of views) is lost, by design.
 * @example const counter = startReachCounter(db, 'taingangtre.angiang.vn'); counter.record(view)
 */
export function startReachCounter(db: Database, site: string, everyMs = REACH_FLUSH_EVERY_MS): ReachCounter {
  const saltOf = createSaltSource(db);
  let buffer = emptyBuffer();
  const hashing = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();

  async function add(view: ReachView) {
    const day = toLocalDay(view.at);
    const hash = visitorHash(await saltOf(day), view.address, view.userAgent, site);
    buffer.visitors.set(`${day}:${hash.toString('hex')}`, { day, hash });
    if (view.kind === 'page') buffer.pageViews.set(day, (buffer.pageViews.get(day) ?? 0) + 1);
    else {
      const key = `${day}:${view.file}`;
      const entry = buffer.downloads.get(key) ?? { day, file: view.file!, count: 0 };
      entry.count += 1;
      buffer.downloads.set(key, entry);
    }
    if (buffer.visitors.size >= MAX_BUFFERED_VISITORS) void flush();
  }

  async function write(taken: Buffer_) {
    const statements = [];
    const visitors = [...taken.visitors.values()];
    for (let i = 0; i < visitors.length; i += 500)
      statements.push(
        db
          .insert(reachVisitors)
          .values(visitors.slice(i, i + 500))
          .onConflictDoNothing(),
      );
    const days = new Set([...taken.pageViews.keys(), ...[...taken.downloads.values()].map((d) => d.day)]);
    for (const day of days) {
      const pageViews = taken.pageViews.get(day) ?? 0;
      const downloads = [...taken.downloads.values()]
        .filter((d) => d.day === day)
        .reduce((sum, d) => sum + d.count, 0);
      statements.push(
        db
          .insert(reachDays)
          .values({ day, pageViews, downloads })
          .onConflictDoUpdate({
            target: reachDays.day,
            set: {
              pageViews: sql`${reachDays.pageViews} + ${pageViews}`,
              downloads: sql`${reachDays.downloads} + ${downloads}`,
            },
          }),
      );
    }
    for (const { day, file, count } of taken.downloads.values())
      statements.push(
        db
          .insert(materialDownloads)
          .values({ day, file, count })
          .onConflictDoUpdate({
            target: [materialDownloads.day, materialDownloads.file],
            set: { count: sql`${materialDownloads.count} + ${count}` },
          }),
      );
    const [first, ...rest] = statements;
    if (first) await db.batch([first, ...rest]);
  }

  async function flush() {
    await Promise.all(hashing);
    const taken = buffer;
    buffer = emptyBuffer();
    writing = writing.then(() =>
      write(taken).catch((error: unknown) => console.error('Reach: views not written:', error)),
    );
    await writing;
  }

  const timer = setInterval(() => void flush(), everyMs);
  timer.unref();
  return {
    record(view) {
      const pending = add(view).catch((error: unknown) => console.error('Reach: view not counted:', error));
      hashing.add(pending);
      void pending.finally(() => hashing.delete(pending));
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';
import { queueWrites } from './write-queue';

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

/** A Drizzle database or an open transaction on it, for code that must run inside the writer's transaction. */
export type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'run' | 'all' | 'get'>;

/** How long a connection waits for another process's writer before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * How long a write waits in this process's queue. Waiting there is a promise, free for the event
 * loop (unlike SQLite's busy wait), so it may last as long as a request may; the limit only turns a
 * write that can never get its turn (one through the outer client inside a transaction) into an error.
 */
const QUEUE_WAIT_LIMIT_MS = 30_000;

/**
 * Opens the database at `url`: an embedded file (its folder is created) or a libSQL server.
 * The busy timeout goes through the client so that every pooled connection gets it; a PRAGMA on one
 * connection would be lost on the next. An embedded file's writes are queued, one at a time in this
 * process (`queueWrites`): transactions begin IMMEDIATE (the client's default), so other processes
 * on the file wait on SQLite's lock, up to the busy timeout.
 */
export function openDatabase(url: string, authToken?: string): Database {
  const path = embeddedPath(url);
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
  // A libSQL server orders writers itself; an embedded file needs this process's writers in line.
  return drizzle(path ? queueWrites(client, path, QUEUE_WAIT_LIMIT_MS) : client, { schema });
}

/**
 * Settings an embedded file needs to serve many readers and one writer: WAL survives in the file,
 * so setting it once at start is enough. `synchronous=NORMAL` in WAL never corrupts; at worst the
 * last commits roll back on power loss.
 */
export async function tuneEmbeddedDatabase(db: Database, url: string): Promise<void> {
  if (embeddedPath(url) === null) return;
  await db.$client.execute('PRAGMA journal_mode = WAL');
  await db.$client.execute('PRAGMA synchronous = NORMAL');
}

/** The file path of an embedded database URL (`file:data/x.db`, `file:///tmp/x.db`), else null. */
export function embeddedPath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const path = url.slice('file:'.length).split('?')[0]!;
  return path.startsWith('//') ? path.slice(2) : path;
}

/**
 * Whether `error` (or what it wraps: Drizzle wraps the client's error) is a UNIQUE constraint
 * failure, i.e. a concurrent writer committed the same key first.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code =
      (e as { extendedCode?: unknown; code?: unknown }).extendedCode ?? (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e.message)) return true;
  }
  return false;
}

/**
 * Gives the query planner statistics, without which it may drive a join from the wrong table (at
 * 100,000 talents the home page once walked every listed talent instead of the few featured
 * honours). Run at start and after bulk writes (seed, reindex). libSQL's SQLite (3.45) lets
 * `PRAGMA optimize` analyse only tables this connection has queried, so tables never analysed get
 * an `ANALYZE` of their own; `analysis_limit` keeps it to a sample, a fraction of a second at
 * 100,000 talents.
 */
export async function optimizeDatabase(db: Database, { afterBulkWrite = false } = {}): Promise<void> {
  await db.$client.execute('PRAGMA analysis_limit = 1000');
  const stats = await db.$client.execute(
    "SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'",
  );
  if (afterBulkWrite || Number(stats.rows[0]?.n ?? 0) === 0) await db.$client.execute('ANALYZE');
  await db.$client.execute('PRAGMA optimize');
}

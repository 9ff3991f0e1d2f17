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
 * Connections the client keeps to an embedded file: one serves every short call (each borrows and
 * returns it within one synchronous step), write transactions take one more one at a time (they are
 * queued), and a read transaction or a read inside a transaction another. The client's default, 20,
 * each opened and tuned at start, held 60 file handles a database: a test process opening hundreds
 * ran out of them.
 */
export const EMBEDDED_CONNECTIONS = 4;

/**
 * Per-connection settings of an embedded file. `synchronous=NORMAL` in WAL never corrupts; at worst
 * the last commits roll back on power loss (a killed process loses nothing). Left at SQLite's FULL,
 * every commit waits for the disk with the event loop blocked: 6 ms a write transaction here under
 * load, against 0.1 ms. A page cache of 32 MB a connection (SQLite's default is 2 MB) holds what an
 * officer's page reads at 100,000 talents: with 2 MB, a queue search read the same names again
 * from the operating system in each statement (1.4 ms where 0.2 ms did).
 */
const CONNECTION_PRAGMAS = ['PRAGMA synchronous = NORMAL', 'PRAGMA cache_size = -32000'];

/**
 * How long a write waits in this process's queue. Waiting there is a promise, free for the event
 * loop (unlike SQLite's busy wait), so it may last as long as a request may; the limit only turns a
 * write that can never get its turn (one through the outer client inside a transaction) into an error.
 */
const QUEUE_WAIT_LIMIT_MS = 30_000;

/**
 * Opens the database at `url`: an embedded file (its folder is created) or a libSQL server.
 * The busy timeout goes through the client so that every pooled connection gets it; the other
 * per-connection settings are applied to every connection before the first statement runs. An
 * embedded file's writes are queued, one at a time in this process (`queueWrites`): transactions
 * begin IMMEDIATE (the client's default), so other processes on the file wait on SQLite's lock, up
 * to the busy timeout.
 */
export function openDatabase(url: string, authToken?: string): Database {
  const path = embeddedPath(url);
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = createClient({
    url,
    authToken,
    timeout: BUSY_TIMEOUT_MS,
    concurrency: EMBEDDED_CONNECTIONS,
  });
  // A libSQL server orders writers itself; an embedded file needs this process's writers in line.
  if (!path) return drizzle(client, { schema });
  const tuned = path === ':memory:' ? client : tunedOnFirstUse(client);
  return drizzle(queueWrites(tuned, path, QUEUE_WAIT_LIMIT_MS), { schema });
}

/** The client's calls that borrow a connection: each waits until every connection is tuned. */
const BORROWING_CALLS = new Set<string | symbol>([
  'execute',
  'batch',
  'migrate',
  'transaction',
  'executeMultiple',
]);

/** `client`, whose first call first applies {@link CONNECTION_PRAGMAS} to every pooled connection. */
function tunedOnFirstUse(client: Client): Client {
  let tuned: Promise<void> | null = null;
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!BORROWING_CALLS.has(property)) return method.bind(target);
      return async (...args: unknown[]) => {
        await (tuned ??= onEveryConnection(target, EMBEDDED_CONNECTIONS, CONNECTION_PRAGMAS));
        return method.apply(target, args);
      };
    },
  });
}

/**
 * Runs `statements` on each of the client's `connections` (the client offers no hook for a new
 * connection). Holding that many transactions makes the pool open every connection; a PRAGMA may
 * not run inside a transaction, so each is closed in turn, leaving its connection the only idle
 * one for the statements, and held again until all are done.
 */
async function onEveryConnection(client: Client, connections: number, statements: string[]): Promise<void> {
  const held = await Promise.all(Array.from({ length: connections }, () => client.transaction('deferred')));
  const done = [];
  for (const transaction of held) {
    transaction.close();
    for (const sql of statements) await client.execute(sql);
    done.push(await client.transaction('deferred'));
  }
  for (const transaction of done) transaction.close();
}

/** Settings an embedded file keeps in the file itself (WAL: many readers beside one writer). */
export async function tuneEmbeddedDatabase(db: Database, url: string): Promise<void> {
  if (embeddedPath(url) === null) return;
  await db.$client.execute('PRAGMA journal_mode = WAL');
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
  if (afterBulkWrite || Number(stats.rows[0]?.n ?? 0) === 0 || (await hasUnanalysedIndex(db)))
    await db.$client.execute('ANALYZE');
  await db.$client.execute('PRAGMA optimize');
}

/**
 * Whether a migration added a full index to a table the statistics know: `PRAGMA optimize` (SQLite
 * 3.45) leaves it without statistics, and the planner then passed over `talents_reach_idx` for the
 * talents' wide rows, ten times slower. Partial indexes are left out: an empty one never gets a row.
 */
async function hasUnanalysedIndex(db: Database): Promise<boolean> {
  const found = await db.$client.execute(`SELECT 1 FROM sqlite_schema s
    WHERE s.type = 'index' AND s.sql IS NOT NULL AND s.sql NOT LIKE '% WHERE %'
      AND EXISTS (SELECT 1 FROM sqlite_stat1 t WHERE t.tbl = s.tbl_name AND t.idx IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 t WHERE t.idx = s.name)
    LIMIT 1`);
  return found.rows.length > 0;
}

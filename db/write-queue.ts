import { resolve } from 'node:path';
import type { Client, InArgs, InStatement, Transaction, TransactionMode } from '@libsql/client';

/**
 * One writer at a time in this process on the database `file`, for every write through `client`
 * and every other client on that file: transactions from BEGIN to COMMIT or ROLLBACK, and single
 * statements that are not reads.
 *
 * Why: the embedded client runs SQLite synchronously, on the event loop. A transaction holds the
 * file's write lock across its `await`s; if it awaits anything but the database (a timer, a file,
 * a hash), another request may start a write on another connection, which then waits for the lock
 * *on the event loop* — so the transaction holding it can never finish, and after the busy timeout
 * the waiting write fails with SQLITE_BUSY. Measured with tests/e2e/load-and-faults.spec.ts: with a
 * 20 ms wait inside one kind of transaction, 200 simultaneous writes got SQLITE_BUSY answers on
 * sign-ups, joins and replies alike. Queued here, a write waits for the lock as a promise, and other
 * processes on the same file still wait on SQLite's own lock (BEGIN IMMEDIATE, busy timeout).
 * Reads never wait: in WAL mode they do not block on a writer.
 */
export function queueWrites(client: Client, file: string, waitLimitMs: number): Client {
  const acquire = lockOf(resolve(file), waitLimitMs);
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  const overrides: Partial<Client> = {
    execute: (statement: InStatement, args?: InArgs) => {
      const whole =
        typeof statement === 'string' && args !== undefined ? { sql: statement, args } : statement;
      return isRead(whole) ? client.execute(whole) : exclusive(() => client.execute(whole));
    },
    batch: (statements, mode) =>
      mode === 'read' ? client.batch(statements, mode) : exclusive(() => client.batch(statements, mode)),
    migrate: (statements) => exclusive(() => client.migrate(statements)),
    executeMultiple: (sql) => exclusive(() => client.executeMultiple(sql)),
    transaction: async (mode?: TransactionMode) => {
      if (mode === 'read') return client.transaction(mode);
      const release = await acquire();
      try {
        return releasingOnEnd(await client.transaction(mode), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
  return withOverrides(client, overrides);
}

/** A statement that only reads: a SELECT (Drizzle's reads) or an EXPLAIN. */
function isRead(statement: InStatement): boolean {
  const sql = typeof statement === 'string' ? statement : statement.sql;
  return /^\s*(select|explain)\b/i.test(sql);
}

/** `tx`, giving the lock back when it commits, rolls back or closes, whichever comes first. */
function releasingOnEnd(tx: Transaction, release: () => void): Transaction {
  const ending = (name: 'commit' | 'rollback') => async () => {
    try {
      await tx[name]();
    } finally {
      release();
    }
  };
  const overrides = {
    commit: ending('commit'),
    rollback: ending('rollback'),
    close: () => {
      tx.close();
      release();
    },
  };
  return withOverrides(tx, overrides);
}

/** `target` with some methods replaced; everything else (getters such as `closed` too) is its own. */
function withOverrides<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, name) {
      if (Object.hasOwn(overrides, name)) return overrides[name as keyof T];
      const value: unknown = Reflect.get(object, name, object);
      return typeof value === 'function'
        ? (...args: unknown[]): unknown => (value as (...a: unknown[]) => unknown).apply(object, args)
        : value;
    },
  });
}

type Lock = ReturnType<typeof createLock>;
const LOCKS: unique symbol = Symbol.for('tai-nang-tre.write-queue.locks');

/**
 * The lock of a database file, one per process and file whichever client asks: the server entry
 * (`scripts/serve.ts`, whose background jobs write) and the app's bundle each load their own copy
 * of this module and open their own client, so the locks live on `globalThis`.
 */
function lockOf(file: string, waitLimitMs: number): Lock {
  const registry = globalThis as { [LOCKS]?: Map<string, Lock> };
  const locks = (registry[LOCKS] ??= new Map<string, Lock>());
  let lock = locks.get(file);
  if (!lock) locks.set(file, (lock = createLock(waitLimitMs)));
  return lock;
}

/**
 * A first-come lock whose `acquire` resolves to a `release` (safe to call twice). A waiter that
 * waits longer than `waitLimitMs` fails as SQLite would after its busy timeout (a write inside a
 * transaction through the outer client, say) and gives its turn back.
 */
function createLock(waitLimitMs: number) {
  let tail: Promise<void> = Promise.resolve();
  return async (): Promise<() => void> => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => held);
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), waitLimitMs);
    });
    const outcome = await Promise.race([previous.then(() => 'turn' as const), gaveUp]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      void previous.then(release);
      throw Object.assign(new Error('SQLITE_BUSY: the write queue waited too long for the lock'), {
        code: 'SQLITE_BUSY',
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
}

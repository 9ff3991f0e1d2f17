import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { embeddedPath } from './client';

/** A backup or restore that could not be done; the message says why and what to do. */
export class BackupError extends Error {}

const SERVER_DATABASE =
  'DATABASE_URL names a libSQL server, not a file: back it up on the server (see "Backups" in the README).';

/**
 * Copies the database at `url` (an embedded file) to `target` with `VACUUM INTO`: one read
 * transaction, so the copy is consistent while the server keeps writing, and compact. The copy is
 * written beside the target and renamed once checked, so a half-written backup never looks complete.
 */
export async function backupDatabase(url: string, target: string): Promise<{ path: string; bytes: number }> {
  if (!embeddedPath(url)) throw new BackupError(SERVER_DATABASE);
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose another name.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const client = createClient({ url, timeout: 5000 });
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [partial] });
  } finally {
    client.close();
  }
  await checkBackupFile(partial);
  renameSync(partial, target);
  return { path: target, bytes: statSync(target).size };
}

/** Throws unless `path` is an intact SQLite database holding this application's tables. */
export async function checkBackupFile(path: string): Promise<void> {
  // Opening a missing file would create an empty database.
  if (!existsSync(path)) throw new BackupError(`${path} does not exist.`);
  const client = createClient({ url: `file:${path}` });
  try {
    const problems = (await client.execute('PRAGMA integrity_check')).rows.map((row) =>
      String(row[0] as string),
    );
    if (problems.join() !== 'ok')
      throw new BackupError(`${path} is damaged: ${problems.slice(0, 5).join('; ')}`);
    const tables = await client.execute(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__drizzle_migrations', 'talents')",
    );
    if (Number(tables.rows[0]?.[0]) !== 2)
      throw new BackupError(`${path} is not a database of this application.`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${path} is not a readable SQLite database: ${(error as Error).message}`);
  } finally {
    client.close();
  }
}

/**
 * Replaces the database at `url` with the backup at `source`, after checking the backup. Refuses
 * while a running server has the database open, unless `force`. The database being replaced is first
 * saved beside it (`<file>.before-restore-<time>`), and its WAL files go with it: a WAL left next to
 * the restored file would be replayed over it.
 */
export async function restoreDatabase(
  url: string,
  source: string,
  { force = false, now = new Date() }: { force?: boolean; now?: Date } = {},
): Promise<{ replaced: string | null }> {
  const path = embeddedPath(url);
  if (!path) throw new BackupError(SERVER_DATABASE);
  await checkBackupFile(source);
  let replaced: string | null = null;
  if (existsSync(path)) {
    // One connection for the check, the lock and the copy: libsql frees a closed connection's
    // locks only when it is garbage-collected, and connections of one process block each other.
    const client = createClient({ url, concurrency: 1 });
    try {
      const locked = await lockExclusively(client);
      if (!locked && !force)
        throw new BackupError(
          `${path} is in use by a running server: stop it first (or pass --force to restore anyway).`,
        );
      replaced = `${path}.before-restore-${timestamp(now)}`;
      // Forced past a server, the lock failed: the copy takes its own connection, as any backup does.
      if (locked) await client.execute({ sql: 'VACUUM INTO ?', args: [replaced] });
      else await backupDatabase(url, replaced);
      replaceFile(source, path);
    } finally {
      client.close();
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    replaceFile(source, path);
  }
  return { replaced };
}

/**
 * Takes the database for this connection alone; false when another connection has it open. In WAL
 * mode (which the app sets at start) every open connection holds a shared lock for its lifetime,
 * even idle, so this fails while any server process uses the file.
 */
async function lockExclusively(client: Client): Promise<boolean> {
  try {
    await client.execute('PRAGMA locking_mode = EXCLUSIVE');
    // The client rolls the transaction back; in exclusive mode the lock stays until the connection closes.
    await client.execute('BEGIN EXCLUSIVE');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

/** Puts a copy of `source` at `path` in one rename, removing the WAL files of the database it replaces. */
function replaceFile(source: string, path: string): void {
  const incoming = `${path}.restoring`;
  copyFileSync(source, incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  renameSync(incoming, path);
}

/** `20261201-220501`: sorts by time, safe in a file name. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

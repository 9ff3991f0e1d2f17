import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase, restoreDatabase } from '@db/backup';
import { type Database, embeddedPath, openDatabase } from '@db/client';
import { units } from '@db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * libsql frees a closed connection's file locks only when it is garbage-collected, and the lock
 * check sees this process's own connections: collect them, as the end of a command's process would.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
async function collectClosedConnections(): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 20)); // native finalizers run after the collection
}

/** A "running server": another process with the database open and idle, as the app holds it between requests. */
async function startServerProcess(url: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createClient } from '@libsql/client';
       const db = createClient({ url: ${JSON.stringify(url)} });
       await db.execute('SELECT count(*) FROM units');
       console.log('ready');
       setInterval(() => {}, 1000);`,
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
  return child;
}

describe('database backup and restore', () => {
  let test: TestDatabase | undefined;
  let dir: string | undefined;
  let server: ChildProcess | undefined;
  afterEach(() => {
    server?.kill('SIGKILL');
    test?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const unitNames = async (url: string) => {
    const db = openDatabase(url);
    try {
      return (await db.select({ name: units.name }).from(units)).map((u) => u.name);
    } finally {
      db.$client.close();
    }
  };
  const addUnit = (db: Database, slug: string, name: string) =>
    db.insert(units).values({ slug, name, kind: 'direct' });

  it('backs up online, refuses to restore under a running server, then brings the data back', async () => {
    test = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'tntag-backup-'));
    await addUnit(test.db, 'doan-a', 'Đoàn A');
    const target = join(dir, 'nested', 'backup.db');

    const written = await backupDatabase(test.url, target); // online: the client stays open
    expect(written.path).toBe(target);
    expect(existsSync(`${target}.partial`)).toBe(false);
    await expect(backupDatabase(test.url, target)).rejects.toThrow('already exists');

    await addUnit(test.db, 'doan-b', 'Đoàn B');
    await test.db.update(units).set({ name: 'Đoàn A (đổi)' }).where(eq(units.slug, 'doan-a'));
    test.db.$client.close();
    await collectClosedConnections();

    server = await startServerProcess(test.url);
    await expect(restoreDatabase(test.url, target)).rejects.toThrow('in use by a running server');
    expect(await unitNames(test.url)).toEqual(['Đoàn A (đổi)', 'Đoàn B']);
    server.kill('SIGKILL');
    await new Promise((resolve) => server!.once('exit', resolve));
    await collectClosedConnections();

    const { replaced } = await restoreDatabase(test.url, target, { now: new Date('2026-12-01T22:05:01Z') });
    expect(await unitNames(test.url)).toEqual(['Đoàn A']);
    // The database it replaced is kept, with the changes that were still in its WAL.
    expect(replaced).toBe(`${embeddedPath(test.url)}.before-restore-20261201-220501`);
    expect(await unitNames(`file:${replaced}`)).toEqual(['Đoàn A (đổi)', 'Đoàn B']);
  });

  it('restores under a running server only when forced', async () => {
    test = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'tntag-backup-'));
    await addUnit(test.db, 'doan-a', 'Đoàn A');
    const target = join(dir, 'backup.db');
    await backupDatabase(test.url, target);
    await addUnit(test.db, 'doan-b', 'Đoàn B');
    test.db.$client.close();
    await collectClosedConnections();
    server = await startServerProcess(test.url);

    await expect(restoreDatabase(test.url, target, { force: true })).resolves.toMatchObject({
      replaced: expect.any(String) as string,
    });
    expect(await unitNames(test.url)).toEqual(['Đoàn A']);
  });

  it('refuses a damaged or foreign backup before touching the database', async () => {
    test = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'tntag-backup-'));
    await addUnit(test.db, 'doan-a', 'Đoàn A');
    const good = join(dir, 'good.db');
    await backupDatabase(test.url, good);
    test.db.$client.close();
    await collectClosedConnections();

    const truncated = join(dir, 'truncated.db');
    writeFileSync(truncated, readFileSync(good).subarray(0, 4096 * 3));
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'not a database at all, just text '.repeat(200));
    const foreign = join(dir, 'foreign.db');
    const other = openDatabase(`file:${foreign}`);
    await other.$client.execute('CREATE TABLE notes (x)');
    other.$client.close();

    for (const bad of [truncated, garbage, foreign, join(dir, 'missing.db')]) {
      await expect(restoreDatabase(test.url, bad)).rejects.toThrow(BackupError);
    }
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
    expect(await unitNames(test.url)).toEqual(['Đoàn A']);
  });

  it('sends a libSQL server to its own backups', async () => {
    await expect(backupDatabase('libsql://db.example.org', '/tmp/x.db')).rejects.toThrow('libSQL server');
    await expect(restoreDatabase('https://db.example.org', '/tmp/x.db')).rejects.toThrow('libSQL server');
  });
});

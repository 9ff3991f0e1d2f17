import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_CONNECTIONS } from '@db/client';
import { talents } from '@db/schema';
import { seedReferenceData } from '../../scripts/seed';
import { ConfigError, readConfig } from '@/lib/server/config';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('the database as a server uses it', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.dispose());

  it('runs in WAL mode with foreign keys and a busy timeout on every connection', async () => {
    const client = database.db.$client;
    expect((await client.execute('PRAGMA journal_mode')).rows[0]).toMatchObject({ journal_mode: 'wal' });
    const tx = await client.transaction('write');
    expect((await tx.execute('PRAGMA foreign_keys')).rows[0]).toMatchObject({ foreign_keys: 1 });
    expect(Number((await tx.execute('PRAGMA busy_timeout')).rows[0]?.[0])).toBeGreaterThanOrEqual(1000);
    await tx.rollback();
  });

  it('commits without waiting for the disk on every connection, also those opened for transactions', async () => {
    const client = database.db.$client;
    // As many transactions open at once as the client keeps connections: every one is in use
    // (read ones: the client queues write transactions one at a time).
    const open = await Promise.all(
      Array.from({ length: EMBEDDED_CONNECTIONS }, () => client.transaction('read')),
    );
    const levels = await Promise.all(
      open.map(async (tx) => Number((await tx.execute('PRAGMA synchronous')).rows[0]?.[0])),
    );
    open.forEach((tx) => tx.close());
    expect(levels).toEqual(Array.from({ length: EMBEDDED_CONNECTIONS }, () => 1));
  });

  it('refuses a talent in a unit that does not exist', async () => {
    await seedReferenceData(database.db);
    const insert = database.db.insert(talents).values({
      slug: 'orphan',
      fullName: 'Không Đơn Vị',
      birthYear: 2000,
      discoveredYear: 2024,
      unitId: 9999,
      visibility: {} as never,
    });
    const error = await insert.then(
      () => null,
      (e: Error) => e,
    );
    expect(String((error?.cause as Error | undefined)?.message)).toMatch(/FOREIGN KEY/);
  });
});

describe('configuration from the environment', () => {
  it('has safe defaults', () => {
    const config = readConfig({});
    expect(config.databaseUrl).toBe('file:data/tai-nang-tre.db');
    expect(config.port).toBe(4321);
    expect(config.meilisearch).toBeNull();
  });

  it('names every bad variable', () => {
    expect(() =>
      readConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x', PUBLIC_SITE_URL: 'ftp://x' }),
    ).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
    }
  });
});

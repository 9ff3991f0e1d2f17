import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@db/client';
import { units } from '@db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * Two clients on one file in one process, as the server has (its entry's background jobs and the
 * app's bundle each open one), and a transaction that awaits something other than the database.
 */
let test: TestDatabase | undefined;
let other: Database | undefined;
afterEach(() => {
  other?.$client.close();
  test?.dispose();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unit = (slug: string) => ({ slug, name: slug, kind: 'direct' as const });

describe('the write queue', () => {
  it('lets a write wait for a transaction that awaits a timer, instead of failing with SQLITE_BUSY', async () => {
    test = await createTestDatabase();
    other = openDatabase(test.url);
    const events: string[] = [];
    const slow = test.db.transaction(async (tx) => {
      await tx.insert(units).values(unit('doan-cham'));
      await pause(100);
      await tx.insert(units).values(unit('doan-cham-2'));
      events.push('transaction committed');
    });
    await pause(10);
    // A read does not wait: WAL readers never block on the writer.
    const [before] = await other.select({ n: count() }).from(units);
    events.push(`read ${before!.n}`);
    const started = Date.now();
    await other.insert(units).values(unit('doan-nhanh'));
    events.push('write done');
    await slow;
    expect(events).toEqual(['read 0', 'transaction committed', 'write done']);
    // It waited its turn, not SQLite's busy timeout.
    expect(Date.now() - started).toBeLessThan(2000);
    const [after] = await test.db.select({ n: count() }).from(units);
    expect(after!.n).toBe(3);
  });
});

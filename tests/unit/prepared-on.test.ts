import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@db/client';
import { preparedOn } from '@db/prepared';

const first = openDatabase('file::memory:');
const second = openDatabase('file::memory:');
afterAll(() => {
  first.$client.close();
  second.$client.close();
});

describe('statements prepared once per database', () => {
  it('builds a statement once for each database and runs it with its placeholders', async () => {
    let builds = 0;
    const selectDouble = preparedOn((db) => {
      builds += 1;
      return db
        .select({ n: sql<number>`${sql.placeholder('n')} * 2` })
        .from(sql`(SELECT 1)`)
        .prepare();
    });
    expect(selectDouble(first)).toBe(selectDouble(first));
    expect(await selectDouble(first).all({ n: 2 })).toEqual([{ n: 4 }]);
    expect(await selectDouble(first).all({ n: 5 })).toEqual([{ n: 10 }]);
    expect(await selectDouble(second).all({ n: 3 })).toEqual([{ n: 6 }]);
    expect(builds).toBe(2);
  });
});

import type { Database } from '@db/client';

const TABLES = [
  'users',
  'talents',
  'achievements',
  'posts',
  'threads',
  'clubs',
  'connections',
  'contact_requests',
  'saved_searches',
  'honours',
  'units',
  'activities',
  'decisions',
  'achievement_corrections',
  'meetups',
  'award_applications',
  'application_decisions',
  'application_reviews',
];

/** The ids of every row of the tables people's data lives in: a run may add rows, never lose one. */
export async function storedIds(db: Database): Promise<Record<string, number[]>> {
  const results = await db.$client.batch(
    TABLES.map((table) => `SELECT id FROM ${table} ORDER BY id`),
    'read',
  );
  return Object.fromEntries(TABLES.map((table, i) => [table, results[i]!.rows.map((row) => Number(row.id))]));
}

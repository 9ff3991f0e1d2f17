import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import { searchOutbox, talents } from '@db/schema';
import { seedReferenceData } from '../../../scripts/seed/index';
import { loadReferenceIds } from '../../../scripts/seed/reference';
import { getConfig } from '@/lib/server/config';
import { createMeilisearchSearch } from '@/lib/server/search/meilisearch/engine';
import { drainSearchOutbox } from '@/lib/server/search/outbox';
import { updateVisibility } from '@/lib/server/talents/self-service-visibility';
import { actorOf, makeUser } from '../../support/actors';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { closedPort, scriptMeilisearch } from '../../support/scripted-meilisearch';
import { addListedTalent } from '../../support/talents';

/**
 * Meilisearch configured (MEILISEARCH_URL) on a port that refuses connections: a talent hides their
 * profile through the application's own function, the write succeeds, and the removal reaches
 * Meilisearch once it answers again.
 */
describe('Meilisearch configured but unreachable', () => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    // Before anything reads the configuration: it is parsed once per process.
    vi.stubEnv('MEILISEARCH_URL', `http://127.0.0.1:${await closedPort()}`);
    test = await createTestDatabase();
    db = test.db;
    await seedReferenceData(db);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    test?.dispose();
  });

  it('accepts the write, keeps the change while refused, and delivers it when Meilisearch is back', async () => {
    const user = await makeUser(db, 'talent');
    const id = await addListedTalent(db, await loadReferenceIds(db), 'Kha Mỹ Duyên');
    await db.update(talents).set({ userId: user.id }).where(eq(talents.id, id));
    await db.delete(searchOutbox);
    const [talent] = await db.select().from(talents).where(eq(talents.id, id));

    await updateVisibility(db, actorOf(user), { ...talent!.visibility, profile: 'private' }, '');
    expect((await db.select().from(searchOutbox)).map((row) => row.talentId)).toEqual([id]);

    const engine = createMeilisearchSearch(getConfig().meilisearch!, { wait: { timeout: 500, interval: 5 } });
    const t0 = Date.now();
    expect(await drainSearchOutbox(db, engine, { now: t0 })).toEqual({ delivered: 0, failed: 1 });
    const [row] = await db.select().from(searchOutbox);
    expect(row!.lastError).toMatch(/ECONNREFUSED 127\.0\.0\.1:\d+/);

    const server = scriptMeilisearch((req, queue) =>
      req.method === 'PATCH' || req.path === '/indexes/talents/documents/delete-batch'
        ? queue(req.method === 'PATCH' ? 'settingsUpdate' : 'documentDeletion')
        : undefined,
    );
    try {
      expect(await drainSearchOutbox(db, engine, { now: t0 + 1000 })).toEqual({ delivered: 1, failed: 0 });
      expect(server.lines()).toEqual([
        'PATCH /indexes/talents/settings',
        'POST /indexes/talents/documents/delete-batch',
      ]);
      expect(server.bodies('POST /indexes/talents/documents/delete-batch')).toEqual([[id]]);
      expect(await db.select().from(searchOutbox)).toEqual([]);
    } finally {
      server.restore();
    }
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { searchOutbox } from '@db/schema';
import { cardFields } from '@/lib/search/hits';
import type { SearchQuery } from '@/lib/search/types';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { createMeilisearchSearch, DegradedSearchError } from '@/lib/server/search/meilisearch/engine';
import { drainSearchOutbox } from '@/lib/server/search/outbox';
import { getSearchOutboxLag } from '@/lib/server/search/relay';
import { createSearchService, withFallback } from '@/lib/server/search/service';
import { defaultVisibility } from '@/lib/visibility';
import { closedPort, meilisearchError } from '../../support/scripted-meilisearch';
import { useMeilisearchSuite } from '../../support/meilisearch-suite';
import { addListedTalent, changeTalent } from '../../support/talents';

/**
 * The Meilisearch adapter against a scripted server: each case records the requests the real client
 * sends (through the global fetch it calls) and checks them and what the adapter does with the answers.
 */
const options = { url: 'http://meili.test', apiKey: 'key', index: 'talents' };
const fast = { timeout: 200, interval: 5 };
const query = (text: string): SearchQuery => ({ text, filters: {}, sort: 'relevance', page: 1, perPage: 20 });
const multiSearchAnswer = (degraded: boolean) => ({
  status: 200,
  body: {
    results: [
      {
        indexUid: 'talents',
        hits: [
          {
            slug: 'le-hoang-phuc',
            fullName: 'Lê Hoàng Phúc',
            unitName: 'Đoàn A',
            fields: [],
            highestLevel: null,
            latestHonourYear: 0,
            shortBio: '',
            photoPath: null,
          },
        ],
        query: 'phuc',
        processingTimeMs: 1,
        totalHits: 1,
        totalPages: 1,
        hitsPerPage: 20,
        page: 1,
        facetDistribution: {},
        ...(degraded ? { degraded: true } : {}),
      },
    ],
  },
});

describe('Meilisearch adapter, request by request', () => {
  const year = new Date().getFullYear();
  const suite = useMeilisearchSuite();

  it('searches with one multi-search request: no settings, no task wait, only the card fields, Vietnamese', async () => {
    const server = suite.scriptMeilisearch((req) =>
      req.path === '/multi-search' ? multiSearchAnswer(false) : undefined,
    );
    const engine = createMeilisearchSearch(options);
    const result = await engine.search({ ...query('phuc'), filters: { field: ['tin-hoc-lap-trinh'] } });
    expect(result.hits.map((hit) => hit.fullName)).toEqual(['Lê Hoàng Phúc']);
    expect(server.lines({ polls: true })).toEqual(['POST /multi-search']);
    const [{ queries }] = server.bodies('POST /multi-search') as [{ queries: Record<string, unknown>[] }];
    expect(queries).toHaveLength(2); // the page, and the field facet counted without its own selection
    expect(queries[0]).toMatchObject({
      indexUid: 'talents',
      q: 'phuc',
      locales: ['vie'],
      attributesToRetrieve: [...cardFields],
    });
    expect(queries.every((q) => (q.locales as string[])?.[0] === 'vie')).toBe(true);
  });

  it('treats a degraded answer as a failure, so the directory answers from the fallback', async () => {
    suite.scriptMeilisearch((req) => (req.path === '/multi-search' ? multiSearchAnswer(true) : undefined));
    const engine = createMeilisearchSearch(options);
    await expect(engine.search(query('phuc'))).rejects.toThrow(DegradedSearchError);
    const embedded = createEmbeddedSearch(suite.db);
    await addListedTalent(suite.db, suite.ref, 'Phan Thanh Phúc', '', year);
    const answered = await withFallback(engine, embedded).search(query('phuc'));
    expect(answered.hits.map((hit) => hit.fullName)).toEqual(['Phan Thanh Phúc']);
  });

  it('applies the settings once before the first write, and after a wait that ran out waits for the same task', async () => {
    let settingsDone = false;
    const server = suite.scriptMeilisearch((req, queue) => {
      if (req.method === 'PATCH' && req.path === '/indexes/talents/settings')
        return queue('settingsUpdate', { done: () => settingsDone });
      if (req.method === 'POST' && req.path === '/indexes/talents/documents?primaryKey=id')
        return queue('documentAdditionOrUpdate');
      return undefined;
    });
    const engine = createMeilisearchSearch(options, { wait: fast });
    const documents = [
      {
        id: 1,
        slug: 'a',
        fullName: 'A',
        unitSlug: 'u',
        unitName: 'U',
        fields: [],
        fieldNames: [],
        awards: [],
        highestLevel: null,
        honourYears: [],
        honourTitles: [],
        latestHonourYear: null,
        birthYear: null,
        place: null,
        open: false,
        shortBio: '',
        photoPath: null,
      },
    ];
    await expect(engine.index(documents)).rejects.toThrow('timeout of 200ms has exceeded on task 1');
    settingsDone = true;
    await engine.index(documents);
    await engine.index(documents);
    expect(server.lines()).toEqual([
      'PATCH /indexes/talents/settings',
      'POST /indexes/talents/documents?primaryKey=id',
      'POST /indexes/talents/documents?primaryKey=id',
    ]);
    const [settings] = server.bodies('PATCH /indexes/talents/settings') as [Record<string, unknown>];
    expect(settings).toMatchObject({
      searchCutoffMs: null,
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie'] }],
    });
  });

  it('relays removals first and still removes when indexing fails', async () => {
    const kept = await addListedTalent(suite.db, suite.ref, 'Trương Mỹ Linh', '', year);
    const hidden = await addListedTalent(suite.db, suite.ref, 'Đặng Quốc Bảo', '', year);
    await changeTalent(suite.db, hidden, {
      visibility: { ...defaultVisibility(year - 27, year), profile: 'private' },
    });
    const server = suite.scriptMeilisearch((req, queue) => {
      if (req.method === 'PATCH') return queue('settingsUpdate');
      if (req.path === '/indexes/talents/documents/delete-batch') return queue('documentDeletion');
      if (req.path.startsWith('/indexes/talents/documents'))
        return meilisearchError(500, 'internal', 'disk full');
      return undefined;
    });
    const engine = createMeilisearchSearch(options, { wait: fast });
    const now = Date.UTC(2026, 11, 1, 22);
    const drained = await drainSearchOutbox(suite.db, engine, { now });
    expect(drained).toEqual({ delivered: 1, failed: 1 });
    expect(server.lines()).toEqual([
      'PATCH /indexes/talents/settings',
      'POST /indexes/talents/documents/delete-batch',
      'POST /indexes/talents/documents?primaryKey=id',
    ]);
    expect(server.bodies('POST /indexes/talents/documents/delete-batch')).toEqual([[hidden]]);
    const rows = await suite.db.select().from(searchOutbox);
    expect(rows.map((row) => row.talentId)).toEqual([kept]);
    expect(rows[0]).toMatchObject({ attempts: 1, nextAttemptAt: now + 1000 });
    expect(rows[0]!.lastError).toContain('disk full');
    const lag = await getSearchOutboxLag(suite.db, rows[0]!.queuedAt + 11 * 60_000);
    expect(lag).toMatchObject({ pending: 1, failing: 1, maxAttempts: 1, lagMs: 11 * 60_000, alert: true });
    expect(lag.lastError).toContain('disk full');
  });

  it('keeps every change while Meilisearch refuses connections and delivers it when it is back', async () => {
    let up = false;
    const server = suite.scriptMeilisearch((req, queue) => {
      if (!up) return 'refused';
      if (req.method === 'PATCH') return queue('settingsUpdate');
      if (req.path === '/indexes/talents/documents?primaryKey=id') return queue('documentAdditionOrUpdate');
      return undefined;
    });
    const engine = createMeilisearchSearch(options, { wait: fast });
    const id = await addListedTalent(suite.db, suite.ref, 'Lý Thu Trang', 'Kỹ sư phần mềm', year); // the write succeeds
    const t0 = Date.UTC(2026, 11, 1, 22);
    expect(await drainSearchOutbox(suite.db, engine, { now: t0 })).toEqual({ delivered: 0, failed: 1 });
    const [row] = await suite.db.select().from(searchOutbox).where(eq(searchOutbox.talentId, id));
    expect(row!.lastError).toContain('ECONNREFUSED');
    expect(await drainSearchOutbox(suite.db, engine, { now: t0 + 999 })).toEqual({ delivered: 0, failed: 0 });

    up = true;
    expect(await drainSearchOutbox(suite.db, engine, { now: t0 + 1000 })).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(server.transcript.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'PATCH /indexes/talents/settings refused',
      'PATCH /indexes/talents/settings 202',
      'GET /tasks/1 200',
      'POST /indexes/talents/documents?primaryKey=id 202',
      'GET /tasks/2 200',
    ]);
    const [sent] = server.bodies('POST /indexes/talents/documents?primaryKey=id') as [
      { id: number; fullName: string }[],
    ];
    expect(sent.map((doc) => [doc.id, doc.fullName])).toEqual([[id, 'Lý Thu Trang']]);
    expect(await suite.db.select().from(searchOutbox)).toEqual([]);
  });

  it('serves from the embedded index while the Meilisearch index was never filled, and switches once it is', async () => {
    await addListedTalent(suite.db, suite.ref, 'Võ Minh Tâm', '', year);
    await suite.db.delete(searchOutbox); // delivered long ago, as far as the outbox knows
    let documents = 0;
    const server = suite.scriptMeilisearch((req) =>
      req.path === '/indexes/talents/stats'
        ? { status: 200, body: { numberOfDocuments: documents, isIndexing: false, fieldDistribution: {} } }
        : req.path === '/multi-search'
          ? multiSearchAnswer(false)
          : undefined,
    );
    const service = createSearchService(suite.db, options, {
      relayIntervalMs: 3_600_000,
      checkIntervalMs: 20,
    });
    const first = service.start();
    expect(service.start()).toBe(first); // a second start (a concurrent first request) starts nothing
    await first.checked;
    expect(service.search().engine).toBe('embedded');
    expect(server.lines()).toEqual(['GET /indexes/talents/stats']);

    const listed = (await createEmbeddedSearch(suite.db).search(query(''))).total;
    documents = listed;
    await vi.waitFor(() => expect(service.search().engine).toBe('meilisearch'));
    await service.search().search(query('phuc'));
    expect(server.lines()).toContain('POST /multi-search');
    first.stop();
  });

  it('treats a missing index as empty', async () => {
    await addListedTalent(suite.db, suite.ref, 'Hà Thanh Xuân', '', year);
    suite.scriptMeilisearch((req) =>
      req.path === '/indexes/talents/stats' ? meilisearchError(404, 'index_not_found') : undefined,
    );
    const service = createSearchService(suite.db, options, {
      relayIntervalMs: 3_600_000,
      checkIntervalMs: 3_600_000,
    });
    const started = service.start();
    await started.checked;
    expect(service.search().engine).toBe('embedded');
    started.stop();
  });

  it('with a real port that refuses connections: writes succeed, searches fall back, the outbox keeps the change', async () => {
    const port = await closedPort();
    const refused = { ...options, url: `http://127.0.0.1:${port}` };
    const service = createSearchService(suite.db, refused, {
      relayIntervalMs: 3_600_000,
      checkIntervalMs: 3_600_000,
    });
    const started = service.start();
    await started.checked;

    const id = await addListedTalent(suite.db, suite.ref, 'Tô Ngọc Hân', 'Kiến trúc sư', year);
    expect(service.search().engine).toBe('embedded');
    const found = await service.search().search(query('kien truc'));
    expect(found.hits.map((hit) => hit.fullName)).toEqual(['Tô Ngọc Hân']);

    const now = Date.now();
    const drained = await drainSearchOutbox(suite.db, createMeilisearchSearch(refused), { now });
    expect(drained).toEqual({ delivered: 0, failed: 1 });
    const [row] = await suite.db.select().from(searchOutbox).where(eq(searchOutbox.talentId, id));
    expect(row).toMatchObject({ attempts: 1, nextAttemptAt: now + 1000 });
    expect(row!.lastError).toContain('ECONNREFUSED');
    expect(await getSearchOutboxLag(suite.db, now)).toMatchObject({ pending: 1, failing: 1 });
    started.stop();
  });
});

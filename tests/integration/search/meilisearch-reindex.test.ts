import { describe, expect, it, vi } from 'vitest';
import { searchOutbox } from '@db/schema';
import { rebuildMeilisearchIndex } from '@/lib/server/search/meilisearch/reindex';
import { taskWaits } from '@/lib/server/search/meilisearch/tasks';
import { after, type Reply, type TaskPlan } from '../../support/scripted-meilisearch';
import { useMeilisearchSuite } from '../../support/meilisearch-suite';
import { addListedTalent, changeTalent } from '../../support/talents';

/**
 * The reindex command against a scripted Meilisearch on a fake clock: tasks that take minutes take
 * no real time, and the transcript shows what the client sent and how long it kept waiting.
 */
const options = { url: 'http://meili.test', apiKey: 'key', index: 'talents' };

/** Runs `work` while moving the fake clock, as the waits inside it poll. */
async function withClock<T>(work: Promise<T>): Promise<T> {
  let settled = false;
  work.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) await vi.advanceTimersByTimeAsync(250);
  return work;
}

describe('Meilisearch reindex, request by request', () => {
  const suite = useMeilisearchSuite();

  /** A server where index creation takes 8 s, the swap `swap`, and a talent changes as the swap is queued. */
  function scriptServer(swap: TaskPlan, changing: number) {
    return suite.scriptMeilisearch(async (req, queue): Promise<Reply | undefined> => {
      const temporary = /^\/indexes\/talents_rebuild_\d+/.test(req.path);
      if (req.path === '/health') return { status: 200, body: { status: 'available' } };
      if (req.method === 'POST' && req.path === '/indexes')
        return (req.body as { uid?: string } | undefined)?.uid === 'talents'
          ? queue('indexCreation', {
              status: 'failed',
              error: { message: 'exists', code: 'index_already_exists' },
            })
          : queue('indexCreation', { done: after(8000) });
      if (req.method === 'PATCH' && temporary) return queue('settingsUpdate');
      if (req.method === 'POST' && temporary) return queue('documentAdditionOrUpdate');
      if (req.method === 'POST' && req.path === '/swap-indexes') {
        await changeTalent(suite.db, changing, { shortBio: 'Đổi trong lúc dựng lại' });
        return queue('indexSwap', swap);
      }
      if (req.method === 'DELETE' && temporary) return queue('indexDeletion');
      if (req.method === 'POST' && req.path.startsWith('/indexes/talents/documents'))
        return queue('documentAdditionOrUpdate');
      return undefined;
    });
  }

  it('waits for index creation past the client’s 5 s default, and catches up after a long swap', async () => {
    const id = await addListedTalent(suite.db, suite.ref, 'Mai Anh Tuấn');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const server = scriptServer({ done: after(2 * 60_000) }, id);
    const result = await withClock(rebuildMeilisearchIndex(suite.db, options));

    expect(result).toMatchObject({ documents: 1, caughtUp: 1, swapStillRunning: null });
    const temporary = (server.bodies('POST /indexes')[0] as { uid: string }).uid;
    expect(server.lines()).toEqual([
      'GET /health',
      'POST /indexes',
      `PATCH /indexes/${temporary}/settings`,
      `POST /indexes/${temporary}/documents?primaryKey=id`,
      'POST /indexes',
      'POST /swap-indexes',
      `DELETE /indexes/${temporary}`,
      'POST /indexes/talents/documents?primaryKey=id', // the change made during the rebuild
    ]);
    expect(server.bodies('POST /swap-indexes')).toEqual([
      [{ indexes: ['talents', temporary], rename: false }],
    ]);
    // Index creation was polled for its whole 8 s (every 500 ms): the 5 s default would have given up.
    expect(server.lines({ polls: true }).filter((line) => line === 'GET /tasks/1').length).toBeGreaterThan(
      10,
    );
    const [caughtUp] = server.bodies('POST /indexes/talents/documents?primaryKey=id') as [
      { shortBio: string }[],
    ];
    expect(caughtUp.map((doc) => doc.shortBio)).toEqual(['Đổi trong lúc dựng lại']);
    // The change's own row stays for the relay: it was queued after the rebuild read the outbox.
    expect((await suite.db.select().from(searchOutbox)).map((row) => row.talentId)).toEqual([id]);
  });

  it('reports a swap that outlasts its wait as still running, not failed, and queues the catch-up', async () => {
    const id = await addListedTalent(suite.db, suite.ref, 'Lâm Gia Huy');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const server = scriptServer({ done: () => false }, id);
    const waits = { ...taskWaits, swap: { timeout: 60_000, interval: 500 } };
    const result = await withClock(rebuildMeilisearchIndex(suite.db, options, waits));

    const swapUid = (
      server.transcript.find((e) => e.path === '/swap-indexes')!.response as { taskUid: number }
    ).taskUid;
    expect(result).toMatchObject({ swapStillRunning: swapUid, caughtUp: 1 });
    const lines = server.lines();
    // Deletion queued behind the swap, and no catch-up sent to an index that may not be live yet…
    expect(lines.at(-1)).toMatch(/^DELETE \/indexes\/talents_rebuild_\d+$/);
    expect(lines.filter((line) => line.startsWith('POST /indexes/talents/'))).toEqual([]);
    // …the relay will send it, after the swap in Meilisearch's queue.
    expect((await suite.db.select().from(searchOutbox)).map((row) => row.talentId)).toEqual([id]);
  });
});

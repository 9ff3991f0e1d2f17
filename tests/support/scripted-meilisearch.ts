import { createServer } from 'node:net';
import { vi } from 'vitest';

/** A request as the Meilisearch client sent it, and what the script answered. */
export interface Exchange {
  method: string;
  path: string;
  body: unknown;
  status: number | 'refused';
  response?: unknown;
}

export type Reply = { status: number; body?: unknown } | 'refused';

/** A task plan's `done`: true once `ms` have passed on the (possibly fake) clock. */
export const after = (ms: number) => {
  const at = Date.now() + ms;
  return () => Date.now() >= at;
};

/** How a queued task goes: processing until `done()` (default: at once), then `status`. */
export interface TaskPlan {
  done?: () => boolean;
  status?: 'succeeded' | 'failed';
  error?: { message: string; code: string };
}

export interface ScriptedMeilisearch {
  transcript: Exchange[];
  /** The transcript as `METHOD /path` lines, task polls included. */
  lines(options?: { polls?: boolean }): string[];
  /** Bodies sent to `METHOD /path`. */
  bodies(line: string): unknown[];
  restore(): void;
}

/**
 * Replaces the global `fetch`, which the meilisearch client calls for every request (it takes no
 * fetch of its own; its `httpClient` option would bypass its response handling), with a script:
 * `route` answers each request or returns undefined for the defaults (task polls from the queued
 * tasks' plans; anything else 501, so an unexpected request fails the test). Everything is recorded.
 */
export function scriptMeilisearch(
  route: (
    request: { method: string; path: string; body: unknown },
    queue: (type: string, plan?: TaskPlan) => Reply,
  ) => Reply | undefined | Promise<Reply | undefined>,
): ScriptedMeilisearch {
  const transcript: Exchange[] = [];
  const tasks = new Map<number, { type: string; plan: TaskPlan }>();
  let nextUid = 1;
  const queue = (type: string, plan: TaskPlan = {}): Reply => {
    const taskUid = nextUid++;
    tasks.set(taskUid, { type, plan });
    return {
      status: 202,
      body: { taskUid, indexUid: null, status: 'enqueued', type, enqueuedAt: '2026-12-01T00:00:00Z' },
    };
  };
  const poll = (uid: number): Reply => {
    const task = tasks.get(uid);
    if (!task)
      return {
        status: 404,
        body: {
          message: `Task \`${uid}\` not found.`,
          code: 'task_not_found',
          type: 'invalid_request',
          link: '',
        },
      };
    const done = task.plan.done?.() ?? true;
    const status = done ? (task.plan.status ?? 'succeeded') : 'processing';
    return {
      status: 200,
      body: { uid, type: task.type, status, error: done ? (task.plan.error ?? null) : null },
    };
  };

  const fetch = vi.fn(async (input: URL | string, init: RequestInit = {}): Promise<Response> => {
    if (init.signal?.aborted) throw init.signal.reason;
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const body: unknown =
      typeof init.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined;
    const request = { method, path: url.pathname + url.search, body };
    const taskPoll = method === 'GET' ? /^\/tasks\/(\d+)$/.exec(url.pathname) : null;
    const reply =
      (await route(request, queue)) ??
      (taskPoll
        ? poll(Number(taskPoll[1]))
        : { status: 501, body: { message: `not scripted: ${method} ${request.path}` } });
    if (reply === 'refused') {
      transcript.push({ ...request, status: 'refused' });
      // What Node's fetch throws when nothing listens on the port.
      const cause = Object.assign(new Error(`connect ECONNREFUSED ${url.host}`), { code: 'ECONNREFUSED' });
      throw new TypeError('fetch failed', { cause });
    }
    transcript.push({ ...request, status: reply.status, response: reply.body });
    return new Response(reply.body === undefined ? '' : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return {
    transcript,
    lines: ({ polls = false } = {}) =>
      transcript
        .filter((e) => polls || !(e.method === 'GET' && e.path.startsWith('/tasks/')))
        .map((e) => `${e.method} ${e.path}`),
    bodies: (line) => transcript.filter((e) => `${e.method} ${e.path}` === line).map((e) => e.body),
    restore: () => vi.unstubAllGlobals(),
  };
}

/** The error body Meilisearch sends with a 4xx or 5xx. */
export const meilisearchError = (status: number, code: string, message = code): Reply => ({
  status,
  body: { message, code, type: status >= 500 ? 'internal' : 'invalid_request', link: '' },
});

/** A local port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

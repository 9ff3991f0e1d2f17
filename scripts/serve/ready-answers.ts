import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Database } from '@db/client';
import { carriesSessionCookie } from '@/lib/server/route-cache/anonymous';
import { takeHandOver } from '@/lib/server/route-cache/hand-over';
import { followTalentChanges } from '@/lib/server/route-cache/talent-changes';
import { isCompressible, negotiateEncoding } from './compression';
import { createReadyAnswerStore, type ReadyAnswer } from './ready-answer-store';

/** The header that tells a ready answer from Astro's own (tests and benchmarks read it). */
export const READY_ANSWER_HEADER = 'X-Ready-Answer';
/** Below this a compressed answer costs more than it saves (as in compression.ts). */
const MIN_COMPRESSED_BYTES = 1024;

/** A header of the object given to `writeHead`, whatever the case of its name. */
function headerOf(headers: OutgoingHttpHeaders, name: string): string | undefined {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found?.[1] === undefined ? undefined : String(found[1]);
}

/**
 * Pages of Astro's route cache answered by the server entry itself, before Astro's pipeline (request
 * object, routing, the provider): when Astro answers an anonymous GET from its cache (200,
 * `X-Astro-Cache: HIT`), the entry keeps the status, headers and body, and sends them again for the
 * same URL without asking Astro, with `X-Ready-Answer: HIT` beside them.
 *
 * The same rules as the provider's (src/route-cache.ts), held by the entry's own bundle:
 * - A request with the session cookie neither reads nor fills it.
 * - Before each ready answer, this follower applies the talent changes recorded since it last looked
 *   (one read of the change sequence) and drops the answers tagged with what changed; a dropped page
 *   goes to Astro, whose provider renders it anew. An answer seen while an invalidation happened, or
 *   before this follower's first look, is not kept: it may predate what was dropped.
 * - An answer expires no later than Astro's copy, and carries its tags: the provider hands both over
 *   in private headers (src/lib/server/route-cache/hand-over.ts), which the entry removes.
 */
export function createReadyAnswers(db: Database, options: { maxBytes: number }) {
  const store = createReadyAnswerStore(options.maxBytes);
  /** Bumped by every invalidation, so a request can tell whether one happened while Astro answered. */
  let invalidations = 0;
  const catchUp = followTalentChanges(db, (tags) => {
    invalidations += 1;
    store.dropTagged(tags);
    return Promise.resolve();
  });
  let followed = false;
  const follow = () =>
    catchUp().then(
      () => ((followed = true), true),
      () => false,
    );

  const anonymousGet = (req: IncomingMessage) =>
    req.method === 'GET' && !carriesSessionCookie(req.headers.cookie);
  const keyOf = (req: IncomingMessage) =>
    [req.headers['x-forwarded-proto'], req.headers['x-forwarded-host'], req.headers.host, req.url].join('\0');

  /** Sends the ready answer for this request, if there is one still fresh; returns whether it did. */
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!anonymousGet(req)) return false;
    const key = keyOf(req);
    if (!store.get(key) || !(await follow())) return false;
    const ready = store.get(key);
    if (!ready) return false;
    const type = headerOf(ready.headers, 'content-type');
    const encoding =
      isCompressible(type) && ready.body.byteLength >= MIN_COMPRESSED_BYTES
        ? negotiateEncoding(req.headers['accept-encoding'])
        : null;
    const body = encoding ? await store.compressedBody(ready, encoding) : ready.body;
    res.statusMessage = ready.statusMessage;
    res.writeHead(ready.status, {
      ...ready.headers,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'Content-Length': body.byteLength,
      [READY_ANSWER_HEADER]: 'HIT',
    });
    res.end(body);
    return true;
  }

  /**
   * Watches Astro's answer to this request: takes out the provider's hand-over, and keeps the answer
   * when it came from the route cache.
   */
  function keep(req: IncomingMessage, res: ServerResponse): void {
    if (!anonymousGet(req)) return;
    const key = keyOf(req);
    const seen = invalidations;
    const followedBefore = followed;
    if (!followed) void follow();
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const restore = () => Object.assign(res, { writeHead, write, end });
    let kept: Omit<ReadyAnswer, 'body' | 'compressed'> | null = null;
    const chunks: Buffer[] = [];

    res.writeHead = (status: number, ...rest: unknown[]) => {
      const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null);
      const handOver = headers ? takeHandOver(headers) : null;
      const cacheable = status === 200 && headerOf(headers ?? {}, 'x-astro-cache') === 'HIT';
      if (handOver && cacheable && !headerOf(headers!, 'set-cookie'))
        kept = { status, statusMessage: res.statusMessage, headers: { ...headers }, ...handOver };
      else restore();
      return writeHead(status, ...rest);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
      restore();
      // Seen while this follower dropped pages, or before its first look: it may predate a change.
      if (kept && followedBefore && invalidations === seen)
        store.set(key, { ...kept, body: Buffer.concat(chunks), compressed: {} });
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
  }

  return { answer, keep };
}

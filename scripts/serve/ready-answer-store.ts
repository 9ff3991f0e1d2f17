import type { OutgoingHttpHeaders } from 'node:http';
import { buffer } from 'node:stream/consumers';
import { createCompressor, type Encoding } from './compression';

/** A page as Astro's route cache answered it, ready to be sent again by the server entry. */
export interface ReadyAnswer {
  status: number;
  statusMessage: string;
  /** The headers Astro gave `writeHead`: the entry's own (request id, security) are set per request. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The route cache's tags of the page (its `Cache-Tag`), which invalidation drops by. */
  tags: string[];
  /** When Astro's copy expires at the latest (`Date.now()` milliseconds, Astro's own clock). */
  expiresAt: number;
  /** The body compressed once per encoding, on first demand. */
  compressed: Partial<Record<Encoding, Promise<Buffer>>>;
}

/**
 * Ready answers by key, least recently used first out, within `maxBytes` (bodies and their
 * compressed copies). A page larger than a quarter of the cap is not kept.
 */
export function createReadyAnswerStore(maxBytes: number) {
  const answers = new Map<string, ReadyAnswer>();
  const sizes = new Map<ReadyAnswer, number>();
  let total = 0;

  const remove = (key: string) => {
    const answer = answers.get(key);
    if (!answer) return;
    answers.delete(key);
    total -= sizes.get(answer) ?? 0;
    sizes.delete(answer);
  };
  const grow = (answer: ReadyAnswer, bytes: number) => {
    if (!sizes.has(answer)) return; // dropped meanwhile
    sizes.set(answer, sizes.get(answer)! + bytes);
    total += bytes;
    for (const oldest of answers.keys()) {
      if (total <= maxBytes) break;
      remove(oldest);
    }
  };

  return {
    has: (key: string) => answers.has(key),
    /** The answer kept under `key` and not expired, marked as the most recently used. */
    get(key: string): ReadyAnswer | undefined {
      const answer = answers.get(key);
      if (!answer) return undefined;
      answers.delete(key);
      if (answer.expiresAt <= Date.now()) {
        total -= sizes.get(answer) ?? 0;
        sizes.delete(answer);
        return undefined;
      }
      answers.set(key, answer);
      return answer;
    },
    set(key: string, answer: ReadyAnswer): void {
      remove(key);
      if (answer.body.byteLength > maxBytes / 4) return;
      answers.set(key, answer);
      sizes.set(answer, 0);
      grow(answer, answer.body.byteLength);
    },
    /** Drops every answer carrying one of `tags`. */
    dropTagged(tags: string[]): void {
      const dropped = new Set(tags);
      for (const [key, answer] of answers) if (answer.tags.some((tag) => dropped.has(tag))) remove(key);
    },
    /** The answer's body in `encoding`, compressed as the entry compresses pages (once per answer). */
    compressedBody(answer: ReadyAnswer, encoding: Encoding): Promise<Buffer> {
      let body = answer.compressed[encoding];
      if (!body) {
        body = buffer(createCompressor(encoding).end(answer.body));
        answer.compressed[encoding] = body;
        void body.then((bytes) => grow(answer, bytes.byteLength)).catch(() => undefined);
      }
      return body;
    },
  };
}

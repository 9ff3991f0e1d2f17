import type { IncomingMessage, ServerResponse } from 'node:http';

/** Any form of the site fits in this (a forum post is 20,000 characters, 9 bytes each at worst once percent-encoded). */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * The upload forms: a 5 MB photo or evidence file (a 2 MB import) plus the rest of its form.
 */
export const UPLOAD_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
/** An award application: 10 MB of evidence files plus the rest, as `security.actionBodySizeLimit` allows. */
export const APPLICATION_BODY_LIMIT_BYTES = 11 * 1024 * 1024;

const UPLOAD_ACTIONS = new Map([
  ['uploadPhoto', UPLOAD_BODY_LIMIT_BYTES],
  ['importTalents', UPLOAD_BODY_LIMIT_BYTES],
  ['importAttendance', UPLOAD_BODY_LIMIT_BYTES],
  ['addAchievementEvidence', UPLOAD_BODY_LIMIT_BYTES],
  ['applyToCall', APPLICATION_BODY_LIMIT_BYTES],
]);

/** The largest body the request may send: only the upload actions get a larger limit. */
export function bodyLimitFor(url: string): number {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const action = pathname.startsWith('/_actions/')
    ? pathname.slice('/_actions/'.length)
    : searchParams.get('_action');
  return (action && UPLOAD_ACTIONS.get(action)) || BODY_LIMIT_BYTES;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The page of a refused body, in both languages: the URL cannot say which the sender reads. */
function tooLargePage(limit: number): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>413</title>
<h1>Nội dung gửi lên quá lớn</h1><p>Mỗi lần gửi tối đa ${megabytes(limit)}. Hãy gửi ít hơn (ảnh nhỏ hơn) rồi thử lại.</p>
<p lang="en">The request body is too large: at most ${megabytes(limit)}. Send less (a smaller photo) and try again.</p></html>`;
}

/**
 * Refuses a body over its limit before the app reads it: at once when `Content-Length` says so,
 * otherwise (chunked) as soon as the bytes received pass the limit. Astro's own limits
 * (`actionBodySizeLimit`, the adapter's 1 GB) answer only after buffering, or with a 500.
 * Returns true when the request was answered; the rest of the body is dropped as it arrives, for a
 * few seconds at most.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const chunked = req.headers['transfer-encoding'] !== undefined;
  // Most requests (every page view) send no body: nothing to count, no address to parse.
  if (req.headers['content-length'] === undefined && !chunked) return false;
  const limit = bodyLimitFor(req.url ?? '/');
  const refuse = () => {
    if (res.headersSent) return;
    // No `Connection: close`: Node would close at once, and a sender still writing gets a reset.
    const page = tooLargePage(limit);
    res.writeHead(413, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(page),
      'Cache-Control': 'no-store',
    });
    res.end(page);
    discardRest(req);
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    refuse();
    return true;
  }
  // A chunked body declares no length: count it as the app reads it. The adapter reads `req.body`
  // instead of the request stream when it is set (astro/dist/core/app/node.js, makeRequestBody).
  if (chunked) Object.assign(req, { body: countedBody(req, limit, refuse) });
  return false;
}

/** How long a refused sender may go on sending (into the void) so that it can read the answer. */
const DISCARD_MS = 5_000;

/**
 * Lets the rest of a refused body arrive and drops it, for a few seconds: closing a socket with
 * unread data resets it, and a browser then shows a connection error instead of the 413 page.
 */
function discardRest(req: IncomingMessage): void {
  const timer = setTimeout(() => req.destroy(), DISCARD_MS);
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

/**
 * A TypeError, because that is how Astro's action runtime recognises a body it cannot read: it
 * answers it (its answer goes nowhere, the 413 is out) instead of logging an unhandled error.
 */
class BodyTooLargeError extends TypeError {
  constructor(limit: number) {
    super(`Request body over ${limit} bytes refused`);
  }
}

async function* countedBody(req: IncomingMessage, limit: number, refuse: () => void) {
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limit) {
      refuse();
      throw new BodyTooLargeError(limit);
    }
    yield chunk;
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';

/** Any form of the site fits in this (a forum post is 20,000 characters, 9 bytes each at worst once percent-encoded). */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** The photo form: a 5 MB photo plus the rest of its form, as `security.actionBodySizeLimit` allows. */
export const UPLOAD_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

const UPLOAD_ACTIONS = new Set(['uploadPhoto']);

/** The largest body the request may send: only the photo upload action gets the larger limit. */
export function bodyLimitFor(url: string): number {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const action = pathname.startsWith('/_actions/')
    ? pathname.slice('/_actions/'.length)
    : searchParams.get('_action');
  return action && UPLOAD_ACTIONS.has(action) ? UPLOAD_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
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
 * Returns true when the request was answered. The connection closes, so the rest is never read.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const limit = bodyLimitFor(req.url ?? '/');
  const refuse = () => {
    if (res.headersSent) return;
    res.writeHead(413, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'close',
    });
    // Once the answer is out, stop reading the rest of the upload.
    res.end(tooLargePage(limit), () => req.destroy());
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    refuse();
    return true;
  }
  // A chunked body declares no length: count it as the app reads it. The adapter reads `req.body`
  // instead of the request stream when it is set (astro/dist/core/app/node.js, makeRequestBody).
  if (req.headers['transfer-encoding'] !== undefined)
    Object.assign(req, { body: countedBody(req, limit, refuse) });
  return false;
}

async function* countedBody(req: IncomingMessage, limit: number, refuse: () => void) {
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limit) {
      refuse();
      throw new Error(`Body over ${limit} bytes refused`);
    }
    yield chunk;
  }
}

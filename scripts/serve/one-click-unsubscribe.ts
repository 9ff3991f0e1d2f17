import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@db/client';
import { unsubscribeFromList } from '@/lib/server/mailing-list/subscribe';
import { ONE_CLICK_UNSUBSCRIBE_PATH } from '@/lib/server/mail/site-links';

/** The body RFC 8058 prescribes is one short field; anything longer is not a one-click request. */
const MAX_BODY_BYTES = 2048;

/** Whether a form body (URL-encoded or multipart, as RFC 8058 allows) says `List-Unsubscribe=One-Click`. */
async function isOneClickBody(contentType: string | undefined, body: Buffer): Promise<boolean> {
  if (!contentType) return false;
  try {
    const form = await new Request('http://localhost/', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: new Uint8Array(body),
    }).formData();
    return form.get('List-Unsubscribe') === 'One-Click';
  } catch {
    return false; // not a form
  }
}

/**
 * Answers the one-click unsubscribe of list mail (RFC 8058): the mail provider POSTs
 * `List-Unsubscribe=One-Click` (form-encoded or multipart) to the address in `List-Unsubscribe`,
 * from its own origin. Astro's origin check refuses every cross-site form post before any route
 * runs, so this one request is answered here. The token in the address is the whole credential.
 * Returns true when the request was this one (answered), false to let the app answer.
 */
export async function answerOneClickUnsubscribe(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== ONE_CLICK_UNSUBSCRIBE_PATH || req.method !== 'POST') return false;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES || !(await isOneClickBody(req.headers['content-type'], Buffer.concat(chunks)))) {
    res
      .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Expected List-Unsubscribe=One-Click');
    return true;
  }
  await unsubscribeFromList(db, url.searchParams.get('token') ?? '');
  // The same answer whether the token named someone: a used link stays harmless and says nothing.
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Unsubscribed');
  return true;
}

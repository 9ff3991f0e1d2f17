import { request } from 'node:http';
import { randomLoopbackAddress } from './client-proxy';

/** An answer read whole: its status, headers and body. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** Every Set-Cookie header, as sent. */
  setCookies: string[];
  location: string | undefined;
  body: string;
}

interface Options {
  cookie?: string;
  /** The client's own loopback address: a person of their own to per-address limits. */
  localAddress?: string;
}

/**
 * One request on a connection of its own, from a loopback address of its own, with no cookie jar
 * and no redirects followed: what a browser on another machine sends, and nothing more.
 */
function send(
  site: { url: string },
  method: 'GET' | 'POST',
  path: string,
  { cookie, localAddress = randomLoopbackAddress() }: Options,
  form?: Record<string, string>,
): Promise<Answer> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const sent = request(
      new URL(path, site.url),
      {
        method,
        localAddress,
        agent: false,
        headers: {
          ...(body !== undefined
            ? {
                Origin: site.url,
                'Content-Type': 'application/x-www-form-urlencoded',
                'Content-Length': Buffer.byteLength(body),
              }
            : {}),
          ...(cookie ? { Cookie: cookie } : {}),
        },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(answer.headers))
            if (typeof value === 'string') headers[name] = value;
          resolve({
            status: answer.statusCode ?? 0,
            headers,
            setCookies: answer.headers['set-cookie'] ?? [],
            location: answer.headers.location,
            body: Buffer.concat(chunks).toString(),
          });
        });
        answer.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/** A GET as {@link send} makes it. */
export function getAnswer(site: { url: string }, path: string, options: Options = {}): Promise<Answer> {
  return send(site, 'GET', path, options);
}

/**
 * Posts a form the way a browser on its own machine does: with the site's Origin and an optional
 * cookie (see {@link send}). Astro Actions answer `/_actions/<name>` with JSON.
 */
export function postForm(
  site: { url: string },
  path: string,
  form: Record<string, string>,
  options: Options = {},
): Promise<Answer> {
  return send(site, 'POST', path, options, form);
}

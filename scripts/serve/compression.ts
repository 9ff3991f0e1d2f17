import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Below this many bytes the headers of a compressed answer cost more than they save. */
const MIN_BYTES = 1024;

/** Text answers worth compressing; images, fonts and archives are compressed already. */
export function isCompressible(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    /^application\/(.+\+)?(json|xml|javascript|manifest\+json)$/.test(type) ||
    type === 'image/svg+xml'
  );
}

/**
 * The encoding to answer in, from `Accept-Encoding`: brotli when the client takes it, else gzip, else
 * none. A `q=0` refuses an encoding (RFC 9110 §12.5.3); `*` stands for any encoding not named.
 * @example negotiateEncoding('gzip, deflate, br') // 'br'
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weightOf(e) > 0);
  return best.sort((a, b) => weightOf(b) - weightOf(a))[0] ?? null;
}

/** A compressor fast enough for pages made per request: brotli 4 beats gzip 6 in size and speed. */
export function createCompressor(encoding: Encoding, quality: 'fast' | 'best' = 'fast'): Transform {
  if (encoding === 'gzip') return createGzip({ level: quality === 'best' ? 9 : 6 });
  return createBrotliCompress({
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality === 'best' ? 11 : 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/** Adds `Accept-Encoding` to the answer's `Vary`, keeping what is there. */
export function varyOnEncoding(res: ServerResponse): void {
  const vary = res.getHeader('Vary');
  const values = (Array.isArray(vary) ? vary : vary === undefined ? [] : [String(vary)])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (!values.some((v) => v.toLowerCase() === 'accept-encoding')) values.push('Accept-Encoding');
  res.setHeader('Vary', values.join(', '));
}

/** The byte length of what `write` or `end` was given (a string, a buffer or nothing). */
const sizeOf = (chunk: unknown) =>
  typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;

/**
 * Compresses what the app writes to `res` when it is text and the client accepts brotli or gzip.
 * The Node adapter writes a page with `writeHead`, `write` and `end` (no backpressure), so those three
 * are wrapped, as the `compression` middleware does for Express. The headers wait for the first
 * byte: an answer given whole to `end` and under 1 KB goes out as it is. Answers that already
 * carry a `Content-Encoding` (static files compressed ahead) pass through untouched.
 */
export function compressAnswer(req: IncomingMessage, res: ServerResponse): void {
  const encoding = req.method === 'HEAD' ? null : negotiateEncoding(req.headers['accept-encoding']);
  const writeHead = res.writeHead.bind(res) as (status: number, reason?: string) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;

  res.writeHead = (status: number, ...rest: unknown[]) => {
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null);
    for (const [name, value] of Object.entries(headers ?? {}))
      if (value !== undefined) res.setHeader(name, value);
    const type = res.getHeader('Content-Type');
    if (!isCompressible(typeof type === 'string' ? type : undefined)) return writeHead(status, reason);
    varyOnEncoding(res);
    const length = Number(res.getHeader('Content-Length') ?? Infinity);
    const bodyless = status === 204 || status === 304 || status < 200;
    if (!encoding || bodyless || length < MIN_BYTES || res.hasHeader('Content-Encoding'))
      return writeHead(status, reason);

    let compressor: Transform | null = null;
    const startCompressing = () => {
      res.setHeader('Content-Encoding', encoding);
      res.removeHeader('Content-Length');
      writeHead(status, reason);
      compressor = createCompressor(encoding);
      compressor.on('data', (chunk: Buffer) => write(chunk));
      compressor.on('end', () => end());
      compressor.on('error', (error: Error) => res.destroy(error));
      return compressor;
    };
    // Always "written": the adapter does not wait for drain, and a piped file is small text.
    res.write = ((chunk: unknown) => {
      (compressor ?? startCompressing()).write(chunk);
      return true;
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown) => {
      const data = typeof chunk === 'function' ? undefined : chunk;
      if (!compressor && sizeOf(data) < MIN_BYTES) {
        writeHead(status, reason);
        return data === undefined || data === null ? end() : end(data);
      }
      const stream = compressor ?? startCompressing();
      if (data === undefined || data === null) stream.end();
      else stream.end(data);
      return res;
    }) as ServerResponse['end'];
    return res;
  };
}

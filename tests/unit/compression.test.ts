import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAnswer, negotiateEncoding } from '../../scripts/serve/compression';
import { createStaticFiles } from '../../scripts/serve/static-files';

describe('choosing an encoding', () => {
  it('prefers brotli, falls back to gzip, and honours q=0 and *', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});

/** A page written as the Node adapter writes one: writeHead, a few writes, end. */
const PAGE = `<!doctype html><title>Tài năng trẻ</title>${'<p>Nguyễn Văn Đức — Tin học</p>'.repeat(200)}`;
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tntag-static-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro/site.AbC123.css'), 'body { color: #06326b; }\n'.repeat(100));
  writeFileSync(join(dir, 'favicon.png'), Buffer.alloc(2000, 1));
  const serveStatic = createStaticFiles(dir);
  server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse) {
    compressAnswer(req, res);
    if (await serveStatic(req, res)) return;
    const small = req.url === '/small';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Vary: 'Cookie' });
    if (small) return void res.end('<p>ngắn</p>');
    for (let i = 0; i < PAGE.length; i += 1000) res.write(Buffer.from(PAGE.slice(i, i + 1000)));
    res.end();
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw bytes and headers, without fetch's own decompression. */
function get(path: string, acceptEncoding?: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('compressed answers', () => {
  it('send a page in brotli or gzip as asked, varying on the encoding and the cookie', async () => {
    const br = await get('/', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Cookie, Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.body.length).toBeLessThan(PAGE.length / 5);

    const gzip = await get('/', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
  });

  it('send the page as it is to a client that takes no encoding', async () => {
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(plain.headers.vary).toContain('Accept-Encoding');
  });

  it('compress static text once, keep its immutable caching, and leave images alone', async () => {
    const css = await get('/_astro/site.AbC123.css', 'br');
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(css.headers['content-length'])).toBe(css.body.length);
    expect(brotliDecompressSync(css.body).toString()).toContain('color: #06326b');

    const png = await get('/favicon.png', 'br');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['cache-control']).toBe('public, max-age=300');
    expect(png.body.length).toBe(2000);
  });

  it('leave an answer too small to gain', async () => {
    const small = await get('/small', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('<p>ngắn</p>');
  });
});

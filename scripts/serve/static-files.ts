import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { forbidFraming } from '@/lib/server/http/security-headers';
import {
  createCompressor,
  type Encoding,
  isCompressible,
  negotiateEncoding,
  varyOnEncoding,
} from './compression';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};

interface StaticFile {
  path: string;
  size: number;
  mtime: Date;
}

/**
 * Every file under `root` by the URL path that names it (pages are built as `page.html` and named
 * without the extension), listed once at start: the build does not change under a running server
 * (a deploy restarts it), and a request for a page then costs a map lookup, not a `stat` call.
 * Dot files are never served.
 */
function listFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(root, path).split(sep).join('/')}`;
    if (urlPath.split('/').some((segment) => segment.startsWith('.'))) continue;
    const { size, mtime } = statSync(path);
    const file = { path, size, mtime };
    files.set(urlPath, file);
    if (extname(urlPath) === '.html') files.set(urlPath.slice(0, -'.html'.length), file);
  }
  return files;
}

/** The file a request's URL path names, or undefined. */
function findFile(files: Map<string, StaticFile>, urlPath: string): StaticFile | undefined {
  try {
    return files.get(decodeURIComponent(urlPath));
  } catch {
    return undefined;
  }
}

/**
 * Static text files compressed once at the best setting, by file, modification time and encoding:
 * the build's CSS, scripts and feeds are few and small, and a deploy replaces them all.
 */
function createCompressedCache() {
  const cache = new Map<string, Promise<Buffer>>();
  return (file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> => {
    const key = `${encoding}:${mtimeMs}:${file}`;
    let compressed = cache.get(key);
    if (!compressed) {
      compressed = readFile(file).then((bytes) => buffer(createCompressor(encoding, 'best').end(bytes)));
      cache.set(key, compressed);
    }
    return compressed;
  };
}

/**
 * Serves the build's static files (`dist/client`: hashed assets, `public/`, prerendered pages), as
 * the Node adapter's standalone mode does; the server entry runs the adapter in middleware mode so
 * that it can hand each request's socket address to the app. Returns whether it answered.
 */
export function createStaticFiles(root: string) {
  const files = existsSync(root) ? listFiles(resolve(root)) : new Map<string, StaticFile>();
  const compressed = createCompressedCache();
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const file = findFile(files, urlPath);
    if (!file) return false;
    const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    // A prerendered page carries its policy in a <meta>; the header adds what a <meta> cannot say.
    if (type.startsWith('text/html')) res.setHeader('Content-Security-Policy', forbidFraming(''));
    res.setHeader('Last-Modified', file.mtime.toUTCString());
    // Hashed names never change content; anything else may change with the next deploy.
    res.setHeader(
      'Cache-Control',
      urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    );
    const encoding = isCompressible(type) ? negotiateEncoding(req.headers['accept-encoding']) : null;
    if (isCompressible(type)) varyOnEncoding(res);
    if (encoding) {
      const body = await compressed(file.path, file.mtime.getTime(), encoding);
      res.writeHead(200, { 'Content-Encoding': encoding, 'Content-Length': body.byteLength });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    res.writeHead(200, { 'Content-Length': file.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file.path).pipe(res);
    return true;
  };
}

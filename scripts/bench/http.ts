/**
 * `npm run bench:http [-- --count N --duration S --database FILE --build]`: serves the production
 * build over a seeded temporary database and measures public routes with wrk at 50 connections
 * (req/s, p50, p99), next to two references measured in the same run: a bare Node `http` server
 * answering the same profile bytes (the limit) and `/livez` of the same build (Astro's own
 * ceiling). Pages in the route cache are measured twice: uncached (every request a new URL, so
 * rendered) and from the cache. The club page, its forum and its busiest thread are also measured
 * as a signed-in member of the busiest club (a session made for the run). Server and wrk run on
 * different cores (taskset). It prints figures; it asserts nothing.
 *
 *   --count N       synthetic talents to seed (default 10,000)
 *   --database F    copy this seeded database instead of seeding (it is migrated and prepared)
 *   --duration S    seconds per route (default 10)
 *   --build         run `npm run build` first (default: only when the build is missing)
 *
 * When nginx is installed, anonymous pages are measured through `deploy/nginx` as well (micro-cache).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { seedReferenceData, seedSyntheticData } from '../seed';
import { countTalents } from '../seed/guard';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { startProxy } from './http-proxy';
import { pickRoutes } from './http-routes';
import { type Figures, wrk, writeUncachedScript } from './wrk';
import { freePort } from '../support/free-port';
import { buildProduction, isBuilt, SERVER_ENTRY } from '../support/production-build';
import { percentile, timeOneAtATime } from './one-at-a-time';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    database: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const duration = Number(values.duration);

for (const tool of ['/usr/bin/wrk', '/usr/bin/taskset']) {
  if (!existsSync(tool)) {
    console.error(
      `${tool} is missing: install it with \`apt-get install ${tool.endsWith('wrk') ? 'wrk' : 'util-linux'}\`.`,
    );
    process.exit(1);
  }
}
const [serverCore, clientCore] = cpus().length > 1 ? ['0', '1'] : ['0', '0'];
if (serverCore === clientCore) console.warn('One CPU only: server and wrk share it; figures will be low.');

const BARE = 'bare Node http (profile bytes)';
const TRIVIAL = 'trivial route (/livez)';
interface Row {
  name: string;
  target: string;
  /** A wrk script (every request a new URL, so a route-cache miss). */
  script?: string;
  /** Served from the route cache: checked after the warm-up. */
  cached?: boolean;
  /** Request headers: a member's session cookie for the signed-in pages (never route-cached). */
  headers?: string[];
}

const dir = mkdtempSync(join(tmpdir(), 'tntag-http-'));
const url = `file:${join(dir, 'bench.db')}`;
const children: ChildProcess[] = [];
const cleanups: string[] = [];

/**
 * Resolves once something listens on the port; no HTTP request, so the first request stays the first.
 * Five minutes: a start at 100,000 talents on a machine busy with other work took more than one.
 */
async function listening(port: number, child: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Nothing listens on port ${port}`);
}

/** wrk at 50 connections from the client core, with an optional Lua script and headers. */
const load = (target: string, seconds: number, options: { script?: string; headers?: string[] } = {}) =>
  wrk(target, { ...options, connections: 50, seconds, core: clientCore });

/**
 * What the route cache did for one request to `target` (`HIT ready` when the server entry answered
 * it itself, scripts/serve/ready-answers.ts). Tried twice: right after a load run the
 * server may close the kept-alive socket fetch picks up ("other side closed").
 */
async function routeCacheOf(target: string): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await fetch(target);
      await answer.arrayBuffer();
      const cache = answer.headers.get('x-astro-cache');
      return answer.headers.get('x-ready-answer') ? `${cache} ready` : cache;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

function rssMegabytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** How many talents the database at `url` holds. */
async function countTalentsAt(databaseUrl: string): Promise<number> {
  const db = openDatabase(databaseUrl);
  try {
    return await countTalents(db);
  } finally {
    db.$client.close();
  }
}

try {
  if (values.build || !isBuilt()) {
    console.log('Building the production server…');
    buildProduction();
  }
  if (values.database) {
    copyFileSync(values.database, join(dir, 'bench.db'));
    console.log(`Database: a copy of ${values.database}`);
  } else {
    const db = openDatabase(url);
    await migrateDatabase(db, url);
    await seedReferenceData(db);
    const started = performance.now();
    await seedSyntheticData(db, count);
    await rebuildEmbeddedIndex(db);
    db.$client.close();
    console.log(
      `Seeded and indexed ${count.toLocaleString('en')} talents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  // What the tables below are over: the count asked for, or what the copied database holds.
  const talents = await countTalentsAt(url);
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: url,
    DATA_DIR: dir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
    ASTRO_NODE_LOGGING: 'disabled',
  };
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' });

  // The heap limit `npm start` sets (NODE_HEAP_MB, 256 by default), so memory is measured as served.
  const heap = `--max-old-space-size=${process.env.NODE_HEAP_MB ?? 256}`;
  const server = spawn('/usr/bin/taskset', ['-c', serverCore, process.execPath, heap, SERVER_ENTRY], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(server);
  const base = `http://127.0.0.1:${port}`;
  const routes = await pickRoutes(url);
  await listening(port, server);
  const started = performance.now();
  const first = await fetch(`${base}${routes.directory}`);
  await first.arrayBuffer();
  console.log(
    `First request after start (directory with a query and two facets): ${(performance.now() - started).toFixed(0)} ms, status ${first.status}`,
  );

  // The bare Node reference: the same profile bytes, same headers that matter, same core.
  const profile = await fetch(`${base}${routes.profile}`);
  const profileBytes = Buffer.from(await profile.arrayBuffer());
  const barePort = await freePort();
  const bareScript = `
    const body = Buffer.from(process.env.BODY, 'base64');
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
      res.end(body);
    }).listen(${barePort}, '127.0.0.1');`;
  const bareServer = spawn('/usr/bin/taskset', ['-c', serverCore, process.execPath, '-e', bareScript], {
    env: { ...process.env, BODY: profileBytes.toString('base64') },
    stdio: 'inherit',
  });
  children.push(bareServer);
  await listening(barePort, bareServer);

  const uncached = writeUncachedScript(dir);
  /** Each page twice: every request rendered (a new URL each time), then served from the route cache. */
  const bothWays = (name: string, path: string): Row[] => [
    { name: `${name}, uncached`, target: `${base}${path}`, script: uncached },
    { name: `${name}, route cache`, target: `${base}${path}`, cached: true },
  ];
  const measured: Row[] = [
    { name: BARE, target: `http://127.0.0.1:${barePort}/` },
    { name: TRIVIAL, target: `${base}/livez` },
    ...bothWays('home /', '/'),
    ...bothWays('profile', routes.profile),
    ...bothWays('honours year', routes.honoursYear),
    ...bothWays('award call', routes.call),
    ...bothWays('club', routes.club),
    // The community as a member reads it: signed in, so rendered every time.
    ...(
      [
        ['club, signed-in member', routes.club],
        ['forum, signed-in member', routes.forum],
        ['thread, signed-in member', routes.thread],
      ] as const
    ).map(([name, path]) => ({
      name,
      target: `${base}${path}`,
      headers: [`Cookie: ${routes.memberCookie}`],
    })),
    { name: 'directory first page, route cache', target: `${base}/tim-kiem`, cached: true },
    { name: 'directory q + 2 facets', target: `${base}${routes.directory}` },
    { name: '/api/search', target: `${base}${routes.api}` },
    { name: 'news article (prerendered)', target: `${base}${routes.news}` },
  ];
  console.log(
    `\n${talents.toLocaleString('en')} talents, wrk -t1 -c50 -d${duration}s; server on core ${serverCore}, wrk on core ${clientCore}; load average before: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
  );
  console.log(
    `${'route'.padEnd(36)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'% trivial'.padStart(10)} ${'% bare'.padStart(8)}`,
  );
  const results = new Map<string, Figures>();
  const print = (name: string, figures: Figures) => {
    const share = (reference: string) => {
      const r = results.get(reference);
      return r ? `${Math.round((100 * figures.rps) / r.rps)}%` : '';
    };
    console.log(
      `${name.padEnd(36)} ${figures.rps.toFixed(0).padStart(8)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p99.toFixed(1).padStart(8)} ${share(TRIVIAL).padStart(10)} ${share(BARE).padStart(8)}${figures.errors ? `  (${figures.errors})` : ''}`,
    );
  };
  for (const row of measured) {
    const options = { script: row.script, headers: row.headers };
    load(row.target, 2, options); // warm-up: JIT, and the route cache for cached rows
    if (row.cached && (await routeCacheOf(row.target)) !== 'HIT ready')
      console.warn(`${row.name}: not answered from the route cache by the server entry`);
    const figures = load(row.target, duration, options);
    results.set(row.name, figures);
    print(row.name, figures);
  }
  const proxyPort = await freePort();
  const proxy = startProxy(port, proxyPort, serverCore);
  if (proxy) {
    children.push(proxy.nginx);
    cleanups.push(proxy.root);
    await listening(proxyPort, proxy.nginx);
    const viaProxy = `http://127.0.0.1:${proxyPort}`;
    for (const [name, path] of [
      ['home / via nginx', '/'],
      ['profile via nginx', routes.profile],
      ['honours year via nginx', routes.honoursYear],
      ['directory via nginx', routes.directory],
    ] as const) {
      load(`${viaProxy}${path}`, 2);
      const figures = load(`${viaProxy}${path}`, duration);
      if (figures.errors) {
        const probe = await fetch(`${viaProxy}${path}`);
        await probe.arrayBuffer();
        figures.errors += `; a request now: ${probe.status} ${probe.headers.get('x-cache-status') ?? ''}`;
      }
      print(name, figures);
    }
  } else {
    console.log('nginx is not installed (apt-get install nginx): the proxy was not measured.');
  }
  const single = await timeOneAtATime(`${base}${routes.directory}`, { runs: 200 });
  const at = (p: number) => percentile(single, p).toFixed(1);
  console.log(
    `\ndirectory q + 2 facets, one request at a time (200): p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`,
  );
  const htmlBytes = async (path: string) => (await (await fetch(`${base}${path}`)).arrayBuffer()).byteLength;
  console.log(
    `HTML sizes: home ${await htmlBytes('/')} B, honours year ${await htmlBytes(routes.honoursYear)} B, directory ${await htmlBytes(routes.directory)} B`,
  );
  console.log(`Server memory after the run: ${rssMegabytes(server.pid!)} MB RSS`);
} finally {
  for (const child of children) child.kill();
  for (const folder of [dir, ...cleanups]) rmSync(folder, { recursive: true, force: true });
}

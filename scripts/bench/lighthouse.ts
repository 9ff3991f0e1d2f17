/**
 * `npm run bench:lighthouse [-- --runs N --build]`: serves the production build over a fresh
 * database seeded with the demo data and prints Lighthouse's mobile scores (performance,
 * accessibility, best practices, SEO) for the home page, a profile, the directory and a news
 * article: the median of N runs (default 5), then the audits that cost each page points.
 * It prints figures; it asserts nothing. Never run it during a load test: the scores would drop.
 *
 *   --runs N   runs per page, the median is printed (default 5)
 *   --build    run `npm run build` first (default: only when the build is missing)
 *
 * Lighthouse drives Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with its default
 * mobile settings: a mid-range phone on a throttled 4G connection, simulated.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Result } from 'lighthouse';
import { EXACT_NAME_EXAMPLE, exampleSlug } from '../seed/examples';
import { freePort } from '../support/free-port';
import { buildProduction, isBuilt, SERVER_ENTRY } from '../support/production-build';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    build: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PAGES = {
  home: '/',
  profile: `/tai-nang/${exampleSlug(EXACT_NAME_EXAMPLE)}`,
  // The directory's first page: with a query it is `noindex`, which Lighthouse's SEO score punishes.
  directory: '/tim-kiem',
  article: '/tin-tuc/ra-mat-mang-luoi-tai-nang-tre-an-giang',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Titles of the audits that cost a category points, with their score. */
function losses(result: Result, category: (typeof CATEGORIES)[number]): string[] {
  return result.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map(
      (audit) =>
        `${audit.id} (${Math.round(audit.score! * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}`,
    );
}

const dir = mkdtempSync(join(tmpdir(), 'tntag-lighthouse-'));
const children: ChildProcess[] = [];
try {
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium.`);
  if (values.build || !isBuilt()) {
    console.log('Building the production server…');
    buildProduction();
  }
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `file:${join(dir, 'lighthouse.db')}`,
    DATA_DIR: dir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_SITE_URL: site,
    ASTRO_NODE_LOGGING: 'disabled',
  };
  // On an empty database, `npm start`'s preparation seeds the demo data.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' });
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(server);
  await waitFor(`${site}/healthz`, server, 'The server');

  const debuggingPort = await freePort();
  const chromium = spawn(
    chromiumPath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--remote-debugging-port=${debuggingPort}`,
      `--user-data-dir=${join(dir, 'chromium')}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  children.push(chromium);
  await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`, chromium, 'Chromium');

  // Lighthouse scales what it observes on this CPU: a busy machine lowers performance scores.
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`Lighthouse ${runs}× per page, mobile, median scores (load average ${load()}):\n`);
  console.log(['page'.padEnd(10), 'perf', 'a11y', 'best', 'seo', ' path'].join('  '));
  const notes: string[] = [];
  for (const [name, path] of Object.entries(PAGES)) {
    const results: Result[] = [];
    for (let run = 0; run < runs; run++) {
      const answer = await lighthouse(`${site}${path}`, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!answer) throw new Error(`Lighthouse returned nothing for ${path}`);
      results.push(answer.lhr);
    }
    const scores = CATEGORIES.map((category) =>
      Math.round(median(results.map((r) => r.categories[category]!.score ?? 0)) * 100),
    );
    console.log([name.padEnd(10), ...scores.map((s) => String(s).padStart(4)), ` ${path}`].join('  '));
    // The run whose performance is the median explains the performance figure best.
    const typical = [...results].sort(
      (a, b) => (a.categories.performance!.score ?? 0) - (b.categories.performance!.score ?? 0),
    )[Math.floor(results.length / 2)]!;
    for (const category of CATEGORIES) {
      const lost = losses(typical, category);
      if (lost.length) notes.push(`${name} · ${category}: ${lost.join('; ')}`);
    }
  }
  console.log(`\nLoad average at the end: ${load()}.`);
  if (notes.length) console.log(`\nWhat costs points:\n${notes.map((n) => `- ${n}`).join('\n')}`);
} finally {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
}

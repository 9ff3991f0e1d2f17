import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The import rules of the layout (see the README), checked over the source text of every file:
 * which module may import which. Paths are relative to the repository root, with `/` separators.
 */

/** One import of one file, resolved: a repository path for our own modules, else the specifier. */
export interface ResolvedImport {
  specifier: string;
  target: string;
  /** `client` for an import in a component's `<script>`, which Astro bundles for the browser. */
  runs: 'server' | 'client';
}

export interface Violation {
  file: string;
  rule: string;
  /** The chain of modules from `file` to the forbidden import. */
  via: string[];
}

const ALIASES: [prefix: string, directory: string][] = [
  ['@/', 'src/'],
  ['@db/', 'db/'],
];
const EXTENSIONS = ['', '.ts', '.astro', '.mjs', '.js', '.json', '/index.ts'];

/** The specifiers a TypeScript or JavaScript source imports (static, type-only, re-exports, dynamic). */
function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** An .astro file's frontmatter runs on the server; each `<script>` (not `is:inline`) in the browser. */
function astroParts(source: string): { server: string; client: string[] } {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const client = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bis:inline\b/.test(attributes ?? ''))
    .map(([, , body]) => body ?? '');
  return { server: frontmatter, client };
}

/** Resolves a specifier to a repository path when it names one of `files`, else returns it unchanged. */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string {
  const alias = ALIASES.find(([prefix]) => specifier.startsWith(prefix));
  let base: string | undefined;
  if (alias) base = alias[1] + specifier.slice(alias[0].length);
  else if (specifier.startsWith('.')) base = posix.join(posix.dirname(from), specifier);
  if (base === undefined) return specifier;
  const path = base.replace(/\.js$/, '');
  return EXTENSIONS.map((extension) => path + extension).find((candidate) => files.has(candidate)) ?? base;
}

/** The resolved imports of every file, keyed by path. */
export function importGraph(sources: Record<string, string>): Map<string, ResolvedImport[]> {
  const files = new Set(Object.keys(sources));
  const graph = new Map<string, ResolvedImport[]>();
  for (const [file, source] of Object.entries(sources)) {
    const parts = file.endsWith('.astro')
      ? astroParts(source)
      : { server: file.endsWith('.json') ? '' : source, client: [] };
    const resolve = (runs: ResolvedImport['runs']) => (specifier: string) => ({
      specifier,
      target: resolveSpecifier(file, specifier, files),
      runs,
    });
    graph.set(file, [
      ...specifiersOf(parts.server).map(resolve('server')),
      ...parts.client.flatMap(specifiersOf).map(resolve('client')),
    ]);
  }
  return graph;
}

const isNodeBuiltin = (target: string) => target.startsWith('node:') || builtinModules.includes(target);
const isAstro = (target: string) => target === 'astro' || target.startsWith('astro:');
const isPackage = (target: string) => !/^(src|db|scripts|tests)\//.test(target);

/** Packages that only work on the server (a database driver, native bindings, mail). */
const SERVER_PACKAGES = ['@libsql/client', 'drizzle-orm', '@node-rs/argon2', 'nodemailer', 'sharp'];
/** Virtual modules of Astro that only exist on the server. */
const SERVER_ASTRO_MODULES = ['astro:middleware', 'astro:content', 'astro:env/server'];

/** Why a module that runs in the browser may not import `target`, or undefined when it may. */
function serverOnly(target: string): string | undefined {
  if (/^src\/(lib\/server|actions|loaders|pages|middleware)\b/.test(target)) return 'server-only module';
  if (/^(db|scripts)\//.test(target)) return 'server-only module';
  if (isNodeBuiltin(target)) return 'Node built-in';
  if (SERVER_PACKAGES.some((name) => target === name || target.startsWith(`${name}/`)))
    return 'server-only package';
  if (SERVER_ASTRO_MODULES.includes(target)) return 'server-only Astro module';
  return undefined;
}

/**
 * Every import that crosses a line of the layout:
 * - `src/lib` imports only `src/lib`, `db` and packages, never Astro (`astro`, `astro:*`), so that
 *   scripts and tests can run it, and pages, actions and loaders depend on it, never the reverse;
 * - `db` imports only `db` and packages: the schema and client sit below everything;
 * - code that runs in the browser (a component's `<script>` and every module it reaches) imports
 *   nothing server-only: no server modules, database, Node built-ins or server packages.
 */
export function checkArchitecture(graph: Map<string, ResolvedImport[]>): Violation[] {
  const violations: Violation[] = [];
  for (const [file, imports] of graph) {
    for (const { target } of imports) {
      if (file.startsWith('src/lib/') && !(target.startsWith('src/lib/') || target.startsWith('db/'))) {
        if (isAstro(target)) violations.push({ file, rule: 'src/lib imports Astro', via: [target] });
        else if (!isPackage(target))
          violations.push({ file, rule: 'src/lib imports outside src/lib and db', via: [target] });
      }
      if (file.startsWith('db/') && !target.startsWith('db/') && !isPackage(target))
        violations.push({ file, rule: 'db imports outside db', via: [target] });
    }
    violations.push(...browserViolations(graph, file, imports));
  }
  return violations;
}

/** Walks from a component's `<script>` imports through every module they reach. */
function browserViolations(
  graph: Map<string, ResolvedImport[]>,
  file: string,
  imports: ResolvedImport[],
): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const queue = imports.filter((i) => i.runs === 'client').map((i) => [i.target]);
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const target = chain.at(-1)!;
    if (seen.has(target)) continue;
    seen.add(target);
    const why = serverOnly(target);
    if (why) {
      violations.push({ file, rule: `browser code imports a ${why}`, via: chain });
      continue;
    }
    for (const next of graph.get(target) ?? []) queue.push([...chain, next.target]);
  }
  return violations;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, importGraph, resolveSpecifier } from '../support/architecture';

const root = join(import.meta.dirname, '../..');
const SOURCE = /\.(ts|mjs|js|astro|json)$/;

/** Every source file under `directory`, as repository paths; generated migrations are not code. */
function sourceFiles(directory: string): string[] {
  return readdirSync(join(root, directory), { recursive: true, encoding: 'utf8' })
    .map((name) =>
      relative(root, join(root, directory, name))
        .split(sep)
        .join('/'),
    )
    .filter((path) => SOURCE.test(path) && !path.startsWith('db/migrations/'));
}

describe('the layout of the code', () => {
  it('has no import that crosses a line (src/lib, db, browser code)', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('db'), ...sourceFiles('scripts')];
    const sources = Object.fromEntries(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
    const graph = importGraph(sources);
    // The walk reaches the browser code: the directory's script and the module it imports.
    const script = graph.get('src/components/views/DirectoryView.astro')!.filter((i) => i.runs === 'client');
    expect(script.map((i) => i.target)).toContain('src/components/search/live-search.ts');
    expect(checkArchitecture(graph)).toEqual([]);
  });
});

describe('the import rule checker', () => {
  const check = (sources: Record<string, string>) =>
    checkArchitecture(importGraph(sources)).map((v) => `${v.file}: ${v.rule} (${v.via.join(' → ')})`);

  it('resolves aliases, relative paths and extensions to repository files', () => {
    const files = new Set(['src/lib/a.ts', 'src/lib/b/index.ts', 'db/client.ts', 'src/components/C.astro']);
    expect(resolveSpecifier('src/pages/x.ts', '@/lib/a', files)).toBe('src/lib/a.ts');
    expect(resolveSpecifier('src/lib/a.ts', './b', files)).toBe('src/lib/b/index.ts');
    expect(resolveSpecifier('src/lib/b/index.ts', '../../../db/client.js', files)).toBe('db/client.ts');
    expect(resolveSpecifier('src/pages/x.ts', '@db/client', files)).toBe('db/client.ts');
    expect(resolveSpecifier('src/pages/x.astro', '../components/C.astro', files)).toBe(
      'src/components/C.astro',
    );
    expect(resolveSpecifier('src/lib/a.ts', 'astro:content', files)).toBe('astro:content');
  });

  it('accepts imports that follow the layout', () => {
    expect(
      check({
        'src/lib/a.ts':
          "import { b } from './b';\nimport { users } from '@db/schema';\nimport { z } from 'zod';",
        'src/lib/b.ts': "import { readFile } from 'node:fs/promises';",
        'src/pages/p.astro':
          "---\nimport { a } from '@/lib/a';\nimport { actions } from 'astro:actions';\n---\n<p/>",
        'src/components/S.astro': "<script>\n  import { fold } from '@/lib/fold';\n</script>",
        'src/lib/fold.ts': 'export const fold = (s: string) => s;',
        'db/schema/index.ts': "export * from './users';\nimport { sql } from 'drizzle-orm';",
        'db/schema/users.ts': '',
      }),
    ).toEqual([]);
  });

  it('rejects src/lib importing pages, actions, loaders, other src folders or Astro', () => {
    expect(
      check({
        'src/lib/a.ts': "import type { X } from '@/pages/x';\nexport { y } from '../actions/y';",
        'src/lib/b.ts':
          "const z = await import('@/loaders/z');\nimport { getCollection } from 'astro:content';",
        'src/lib/c.ts': "import type { AstroCookies } from 'astro';\nimport { routePath } from '@/routes';",
        'src/pages/x.ts': '',
        'src/actions/y.ts': '',
        'src/loaders/z.ts': '',
        'src/routes.ts': '',
      }),
    ).toEqual([
      'src/lib/a.ts: src/lib imports outside src/lib and db (src/pages/x.ts)',
      'src/lib/a.ts: src/lib imports outside src/lib and db (src/actions/y.ts)',
      'src/lib/b.ts: src/lib imports outside src/lib and db (src/loaders/z.ts)',
      'src/lib/b.ts: src/lib imports Astro (astro:content)',
      'src/lib/c.ts: src/lib imports Astro (astro)',
      'src/lib/c.ts: src/lib imports outside src/lib and db (src/routes.ts)',
    ]);
  });

  it('rejects db importing src or scripts', () => {
    expect(
      check({
        'db/seed.ts': "import { hashPassword } from '../src/lib/server/auth/passwords';",
        'db/cli.ts': "import { seed } from '../scripts/seed';",
        'src/lib/server/auth/passwords.ts': '',
        'scripts/seed/index.ts': '',
      }),
    ).toEqual([
      'db/seed.ts: db imports outside db (src/lib/server/auth/passwords.ts)',
      'db/cli.ts: db imports outside db (scripts/seed/index.ts)',
    ]);
  });

  it('rejects browser code reaching anything server-only, directly or through another module', () => {
    expect(
      check({
        'src/components/A.astro':
          "---\nimport { getDb } from '@/lib/server/db';\n---\n<script>\n  import { enhance } from './enhance';\n</script>",
        'src/components/enhance.ts':
          "import { rank } from '@/lib/rank';\nimport { readFile } from 'fs';\nimport { getEntry } from 'astro:content';",
        'src/lib/rank.ts': "import { users } from '@db/schema';",
        'src/components/B.astro': "<script>import { hash } from '@node-rs/argon2';</script>",
        'src/components/C.astro': "<script is:inline>import { getDb } from '/lib/server/db.js';</script>",
        'src/lib/server/db.ts': '',
        'db/schema/index.ts': '',
      }),
    ).toEqual([
      'src/components/A.astro: browser code imports a Node built-in (src/components/enhance.ts → fs)',
      'src/components/A.astro: browser code imports a server-only Astro module (src/components/enhance.ts → astro:content)',
      'src/components/A.astro: browser code imports a server-only module (src/components/enhance.ts → src/lib/rank.ts → db/schema/index.ts)',
      'src/components/B.astro: browser code imports a server-only package (@node-rs/argon2)',
    ]);
  });
});

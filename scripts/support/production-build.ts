import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The server entry `npm run build` writes: `scripts/serve.ts` bundled to JavaScript by esbuild. Run
 * under tsx instead, every dynamic `import()` Astro makes while answering a request (it imports the
 * page's module each time) went through tsx's loader hooks on another thread: about 0.5 ms a request.
 */
export const SERVER_ENTRY = 'dist/serve.mjs';

/** Whether `npm run build` has run: the app's bundle and the server entry are both there. */
export function isBuilt(): boolean {
  return existsSync('dist/server/entry.mjs') && existsSync(SERVER_ENTRY);
}

/** Where a build notes the `PUBLIC_SITE_URL` it was made with: prerendered pages carry it in their links. */
const BUILT_FOR = 'dist/built-for.txt';

/** The `PUBLIC_SITE_URL` of the build in `dist/` ('' when it had none), or null when unknown. */
export function builtFor(): string | null {
  return existsSync(BUILT_FOR) ? readFileSync(BUILT_FOR, 'utf8') : null;
}

/** `npm run build`, quietly: the app with Astro, then the server entry. */
export function buildProduction(env: NodeJS.ProcessEnv = process.env): void {
  execFileSync('npx', ['astro', 'build', '--silent'], { env, stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'build:server'], { env, stdio: 'inherit' });
  writeFileSync(BUILT_FOR, env.PUBLIC_SITE_URL ?? '');
}

import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSP_DIGESTS_KEPT, memoizeCspDigests } from '../../scripts/build/csp-digest-memo';

const ASTRO_CORE = join(process.cwd(), 'node_modules/astro/dist/core');
const installed = readFileSync(join(ASTRO_CORE, 'encryption.js'), 'utf8');

/**
 * Astro's encryption module as the build rewrites it, loaded beside the original (so that its own
 * imports resolve), as a fresh module with an empty memo on each call.
 */
async function loadRewritten(): Promise<(data: string, algorithm: 'SHA-256') => Promise<string>> {
  const file = join(ASTRO_CORE, `encryption.memo-test-${process.pid}-${Math.random()}.js`);
  writeFileSync(file, memoizeCspDigests(installed));
  try {
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
      generateCspDigest: (data: string, algorithm: 'SHA-256') => Promise<string>;
    };
    return module.generateCspDigest;
  } finally {
    rmSync(file);
  }
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe("remembering Astro's CSP digests", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('rewrites only generateCspDigest in the installed Astro', () => {
    const rewritten = memoizeCspDigests(installed);
    expect(rewritten).not.toBe(installed);
    const before = installed.slice(0, installed.indexOf('async function generateCspDigest'));
    expect(rewritten.startsWith(before)).toBe(true);
    expect(rewritten.endsWith(installed.slice(installed.indexOf('async function generateContentHash')))).toBe(
      true,
    );
  });

  it('answers the same digests, computing each text once', async () => {
    const generate = await loadRewritten();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const style = 'body{margin:0}'.repeat(200);
    expect(await generate(style, 'SHA-256')).toBe(sha256(style));
    expect(await generate(style, 'SHA-256')).toBe(sha256(style));
    expect(await generate('other', 'SHA-256')).toBe(sha256('other'));
    expect(digest).toHaveBeenCalledTimes(2);
  });

  it('forgets what it kept once it holds too many texts', async () => {
    const generate = await loadRewritten();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    for (let i = 0; i <= CSP_DIGESTS_KEPT; i++) await generate(`text ${i}`, 'SHA-256');
    await generate('text 0', 'SHA-256');
    expect(digest).toHaveBeenCalledTimes(CSP_DIGESTS_KEPT + 2);
  });

  it('fails the build when Astro changed the function', () => {
    expect(() => memoizeCspDigests(installed.replace('encoder.encode(data)', 'encode(data)'))).toThrow(
      /review the memo/,
    );
  });
});

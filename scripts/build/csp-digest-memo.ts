/**
 * A build step (a Vite plugin in astro.config.mjs) that makes Astro remember the Content-Security-
 * Policy hashes it computes. Astro 7 hashes the page's inline style and script on every render
 * (`generateCspDigest` in `astro/dist/core/encryption.js`, through WebCrypto's asynchronous digest):
 * the same few kilobytes each time, 6–9% of the CPU of an uncached home page, profile or year of
 * honours. The digest of a text never changes, so the first one is kept (a bounded map, emptied when
 * full, in case some text varied per request) and the header is the same byte for byte.
 *
 * The function's source is replaced only when it is exactly the one below: if an upgrade of Astro
 * changes it, the build fails here rather than silently losing the memo.
 */
import type { Plugin } from 'vite';

/** The module that defines the function, as Vite names it (`/node_modules/astro/dist/...`). */
const MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;

const ORIGINAL = `async function generateCspDigest(data, algorithm) {
  const hashBuffer = await crypto.subtle.digest(algorithm, encoder.encode(data));
  const hash = encodeBase64(new Uint8Array(hashBuffer));
  return \`\${ALGORITHMS[algorithm]}\${hash}\`;
}`;

/** Distinct texts kept: a site has a few dozen inline styles and scripts. */
export const CSP_DIGESTS_KEPT = 500;

const MEMOIZED = `const cspDigests = new Map();
async function generateCspDigest(data, algorithm) {
  const key = algorithm + "\\u0000" + data;
  const known = cspDigests.get(key);
  if (known !== undefined) return known;
  const hashBuffer = await crypto.subtle.digest(algorithm, encoder.encode(data));
  const digest = \`\${ALGORITHMS[algorithm]}\${encodeBase64(new Uint8Array(hashBuffer))}\`;
  if (cspDigests.size >= ${CSP_DIGESTS_KEPT}) cspDigests.clear();
  cspDigests.set(key, digest);
  return digest;
}`;

/** `source` of Astro's encryption module with the memoized digest; throws when it is not the known one. */
export function memoizeCspDigests(source: string): string {
  const normalized = source.replace(/\r\n/g, '\n');
  if (!normalized.includes(ORIGINAL))
    throw new Error(
      "Astro's generateCspDigest is not the one scripts/build/csp-digest-memo.ts replaces: review the memo for this Astro version.",
    );
  return normalized.replace(ORIGINAL, MEMOIZED);
}

/** The Vite plugin: rewrites Astro's encryption module wherever it is bundled (server build). */
export function cspDigestMemo(): Plugin {
  return {
    name: 'csp-digest-memo',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0]!)) return null;
      return { code: memoizeCspDigests(code), map: null };
    },
  };
}

// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { cspDigestMemo } from './scripts/build/csp-digest-memo.ts';

// Pages, feeds and sitemaps take the address from `locals.siteUrl` (src/lib/server/config.ts: the
// variable, or where the server listens); Astro's `site` serves only the forwarded-host check below.
const site = process.env.PUBLIC_SITE_URL || `http://localhost:${process.env.PORT || 4321}`;

export default defineConfig({
  site,
  output: 'server',
  // Middleware mode: scripts/serve.ts runs the server so it can hand the app each socket's address.
  adapter: node({ mode: 'middleware' }),
  integrations: [mdx()],
  // Astro's route cache: its memory provider, wrapped so that signed-in requests bypass it and every
  // instance follows the database's change sequence (see src/route-cache.ts). Pages opt in with
  // `cacheAnonymousPage` (src/loaders/route-cache.ts). 1,000 answers of ~20 KB: about 20 MB.
  cache: {
    provider: { name: 'memory (change sequence)', entrypoint: './src/route-cache.ts', config: { max: 1000 } },
  },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  security: {
    checkOrigin: true,
    // Astro.url trusts X-Forwarded-Host only for these hosts (advisory GHSA on forwarded headers).
    allowedDomains: [{ hostname: new URL(site).hostname }],
    // An award application's 10 MB of evidence files (5 MB a file) plus the rest of its form.
    actionBodySizeLimit: 11 * 1024 * 1024,
    // Scripts and styles are allowed by their hashes, which Astro computes; nothing else runs.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ],
    },
  },
  // Astro hashes the same inline style and script on every render: remember the digests.
  vite: { plugins: [cspDigestMemo()] },
  trailingSlash: 'never',
  build: { format: 'file' },
});

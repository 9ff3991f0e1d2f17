/// <reference types="vitest/config" />
import { globSync, readFileSync } from 'node:fs';
import { getViteConfig } from 'astro/config';

const TESTS = ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'];
// The Meilisearch run of the search contract needs a server: it runs when MEILISEARCH_URL is set.
const EXCLUDED = process.env.MEILISEARCH_URL ? [] : ['tests/integration/search/meilisearch.test.ts'];

/**
 * Files that replace modules, globals or the environment need a module graph of their own; the
 * others share one per worker, which spares importing the app's modules again for every file (it
 * took two thirds of the run).
 */
const REPLACES_MODULES_OR_ENVIRONMENT =
  /\bvi\.(mock|doMock|stubEnv|stubGlobal|spyOn)\b|process\.env\.\w+\s*=[^=]/;
const isolated = globSync(TESTS).filter((file) =>
  REPLACES_MODULES_OR_ENVIRONMENT.test(readFileSync(file, 'utf8')),
);

/** Astro's own Vite config, so tests resolve the `@/` and `@db/` aliases and `astro:*` modules as the app does. */
export default getViteConfig({
  test: {
    environment: 'node',
    // Seeds the demo world once; integration tests copy it (copySeededDatabase).
    globalSetup: ['tests/support/seeded-template.ts'],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: TESTS, exclude: [...EXCLUDED, ...isolated], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: isolated, exclude: EXCLUDED } },
    ],
  },
});

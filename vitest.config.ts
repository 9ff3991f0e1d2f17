import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The Meilisearch run of the search contract needs a server: it runs when MEILISEARCH_URL is set.
    exclude: process.env.MEILISEARCH_URL ? [] : ['tests/integration/search/meilisearch.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});

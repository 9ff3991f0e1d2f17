/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import ServerFilesFirst from './tests/support/server-files-first';

/** Astro's own Vite config, so tests resolve the `@/` and `@db/` aliases and `astro:*` modules as the app does. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The Meilisearch run of the search contract needs a server: it runs when MEILISEARCH_URL is set.
    exclude: process.env.MEILISEARCH_URL ? [] : ['tests/integration/search/meilisearch.test.ts'],
    environment: 'node',
    // Seeds the demo world once; integration tests copy it (copySeededDatabase).
    globalSetup: ['tests/support/seeded-template.ts'],
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one file at a time on these 2-core
    // machines, while many files wait on a server process or the disk. Two keep both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: ServerFilesFirst },
  },
});

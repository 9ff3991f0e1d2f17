import { createMeilisearchSearch } from '@/lib/server/search/meilisearch/engine';
import { describeSearchContract } from './contract';

// Included by vitest.config.ts only when MEILISEARCH_URL is set (see the README).
describeSearchContract('Meilisearch', () =>
  Promise.resolve(
    createMeilisearchSearch({
      url: process.env.MEILISEARCH_URL!,
      apiKey: process.env.MEILISEARCH_API_KEY,
      index: `talents_contract_${Date.now()}`,
    }),
  ),
);

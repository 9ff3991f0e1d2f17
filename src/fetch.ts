import { DefaultFetchHandler } from 'astro/app/fetch/default-handler';
import { startTalentSearch, warmTalentSearch } from '@/lib/server/search/service';

/**
 * Astro's own request handling, unchanged. This module exists for its start-up work: the server
 * entry imports it when the process starts, before any request, whereas middleware and pages are
 * loaded on the first request. So the directory's search warms up before the first visitor, and the
 * Meilisearch relay and index check start once, in the app's own copy of the search service (the
 * one that answers searches), not in the server script's.
 */
if (!import.meta.env.DEV) {
  warmTalentSearch();
  startTalentSearch();
}

export default new DefaultFetchHandler();

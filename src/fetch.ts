import { DefaultFetchHandler } from 'astro/app/fetch/default-handler';
import { startTalentSearch, warmTalentSearch } from '@/lib/server/search/service';
import { startListDigest } from '@/loaders/list-digest';

/**
 * Astro's own request handling, unchanged. This module exists for its start-up work: the server
 * entry imports it when the process starts, before any request, whereas middleware and pages are
 * loaded on the first request. So the directory's search warms up before the first visitor, and the
 * Meilisearch relay and index check start once, in the app's own copy of the search service (the
 * one that answers searches), not in the server script's. The mailing list's digest starts here
 * too: it reads the content collections, which only the app's bundle holds.
 */
if (!import.meta.env.DEV) {
  warmTalentSearch();
  startTalentSearch();
  startListDigest();
}

export default new DefaultFetchHandler();

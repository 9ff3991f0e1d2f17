import { DefaultFetchHandler } from 'astro/app/fetch/default-handler';
import { warmTalentSearch } from '@/lib/server/search/service';

/**
 * Astro's own request handling, unchanged. This module exists for its start-up work: the server
 * entry imports it when the process starts, before any request, whereas middleware and pages are
 * loaded on the first request. So the directory's search warms up before the first visitor.
 */
if (!import.meta.env.DEV) warmTalentSearch();

export default new DefaultFetchHandler();

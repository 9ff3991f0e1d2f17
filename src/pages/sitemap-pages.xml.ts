import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { pagesSitemapResponse } from '@/loaders/sitemaps';

export const GET: APIRoute = ({ locals }) => pagesSitemapResponse(getDb(), locals.siteUrl);

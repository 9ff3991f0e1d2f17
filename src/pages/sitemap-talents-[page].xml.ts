import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { talentsSitemapResponse } from '@/loaders/sitemaps';

export const GET: APIRoute = ({ locals, params }) =>
  talentsSitemapResponse(getDb(), locals.siteUrl, params.page ?? '');

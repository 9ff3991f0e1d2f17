import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { sitemapIndexResponse } from '@/loaders/sitemaps';

/** Built from the database on request: @astrojs/sitemap lists only pages known at build time. */
export const GET: APIRoute = ({ locals }) => sitemapIndexResponse(getDb(), locals.siteUrl);

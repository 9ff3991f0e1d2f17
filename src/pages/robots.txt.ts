import type { APIRoute } from 'astro';
import { robotsTxt } from '@/lib/seo/robots';

export const GET: APIRoute = ({ locals }) =>
  new Response(robotsTxt(locals.siteUrl), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });

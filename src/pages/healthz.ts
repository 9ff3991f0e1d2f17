import type { APIRoute } from 'astro';

/**
 * Liveness for a reverse proxy or an orchestrator: answers without touching the database. The
 * HTTP benchmark also uses it as Astro's own ceiling on this build (a route that does nothing).
 */
export const GET: APIRoute = () =>
  new Response('ok\n', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

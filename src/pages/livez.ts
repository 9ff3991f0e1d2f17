import type { APIRoute } from 'astro';

/**
 * Liveness: the process answers HTTP, without touching the database (an orchestrator restarts a
 * process whose liveness fails, and a database outage is no reason to restart every instance). The
 * HTTP benchmark also uses it as Astro's own ceiling on this build: a route that does nothing.
 * Readiness, which checks the database, is `/healthz`.
 */
export const GET: APIRoute = () =>
  new Response('ok\n', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

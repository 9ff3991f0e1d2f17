import type { APIRoute } from 'astro';
import { checkDatabase } from '@/lib/server/db-startup';
import { getDb } from '@/lib/server/db';

const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * Health for a reverse proxy or a monitor: `ok` when the database answers a trivial query through
 * the app's own client, else 503. The answer says nothing of why (a path or a driver message is for
 * the log, not for whoever asks); the reason goes to the server's log.
 */
export const GET: APIRoute = async ({ locals }) => {
  try {
    await checkDatabase(getDb());
    return new Response('ok\n', { headers: plain });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Health check failed request=${locals.requestId}: the database did not answer (${reason})`);
    return new Response('unavailable\n', { status: 503, headers: plain });
  }
};

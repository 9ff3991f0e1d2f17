import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { exportPersonalData } from '@/lib/server/privacy/export';

const fileNames = { vi: 'du-lieu-cua-toi.json', en: 'my-data.json' } as const;

/** Everything held about the signed-in person, as a JSON download (both languages' routes). */
export const downloadPersonalData: APIRoute = async ({ locals }) => {
  if (!locals.actor) return new Response('Sign in first', { status: 401 });
  const data = await exportPersonalData(getDb(), locals.actor.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileNames[locals.lang]}"`,
      'Cache-Control': 'no-store',
    },
  });
};

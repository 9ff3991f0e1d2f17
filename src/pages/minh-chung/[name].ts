import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { isEvidenceFileName, readEvidenceFile } from '@/lib/server/awards/evidence-files';
import { canReadEvidence } from '@/lib/server/awards/review';

/**
 * Serves an application's evidence file to the staff of the talent's units, the talent and the
 * sender; anyone else, a bad name and a missing file get the same 404. Always a download with the
 * type the stored content has (a PDF is never rendered in the site's origin).
 */
export const GET: APIRoute = async ({ params, locals }) => {
  const name = params.name ?? '';
  if (!isEvidenceFileName(name) || !(await canReadEvidence(getDb(), locals.actor ?? null, name)))
    return notFound();
  const file = await readEvidenceFile(name);
  if (!file) return notFound();
  const pdf = name.endsWith('.pdf');
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': pdf ? 'application/pdf' : 'image/webp',
      'Content-Length': String(file.byteLength),
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `${pdf ? 'attachment' : 'inline'}; filename="${name}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
};

function notFound(): Response {
  return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
}

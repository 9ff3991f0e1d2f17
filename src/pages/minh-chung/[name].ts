import type { APIRoute } from 'astro';
import { getDb } from '@/lib/server/db';
import { canReadEvidence } from '@/lib/server/awards/review';
import { evidenceResponse, isEvidenceFileName } from '@/lib/server/uploads/evidence';

/**
 * Serves an application's evidence file to the staff of the talent's units, the talent and the
 * sender; anyone else, a bad name and a missing file get the same 404 (see evidenceResponse).
 */
export const GET: APIRoute = async ({ params, locals }) => {
  const name = params.name ?? '';
  const readable = isEvidenceFileName(name) && (await canReadEvidence(getDb(), locals.actor ?? null, name));
  return evidenceResponse(readable ? { name, downloadStem: name.replace(/\.(pdf|webp)$/, '') } : null);
};

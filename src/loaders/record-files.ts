import type { APIContext } from 'astro';
import { getDb } from '@/lib/server/db';
import { templateCsv, templateXlsx } from '@/lib/server/records/import/columns';
import { findReadableEvidence } from '@/lib/server/records/evidence';
import { evidenceResponse } from '@/lib/server/uploads/evidence';
import { routePath } from '@/routes';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import template as CSV or XLSX, for staff (a sign-in for the signed out, 403 for others). */
export async function serveImportTemplate({ params, locals, url }: APIContext): Promise<Response> {
  const { actor, lang } = locals;
  if (!actor) {
    const next = new URLSearchParams({ next: url.pathname });
    return new Response(null, { status: 303, headers: { Location: `${routePath(lang, 'signIn')}?${next}` } });
  }
  if (!((actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified))
    return new Response(null, { status: 403 });
  const format = params.format;
  if (format !== 'csv' && format !== 'xlsx') return new Response(null, { status: 404 });
  const body = format === 'csv' ? new TextEncoder().encode(templateCsv()) : await templateXlsx();
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
      'Content-Disposition': `attachment; filename="mau-nhap-tai-nang.${format}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/**
 * An evidence file for whoever may read it (the achievement's owner, officers managing it); a bad
 * name, a file of someone else's and a missing file all answer the same 404 (see evidenceResponse).
 */
export async function serveEvidenceFile({ params, locals }: APIContext): Promise<Response> {
  const row = await findReadableEvidence(getDb(), locals.actor ?? null, params.name ?? '');
  return evidenceResponse(row && { name: row.storedName, downloadStem: `minh-chung-${row.id}` });
}

import type { APIContext } from 'astro';
import { getDb } from '@/lib/server/db';
import { ForbiddenError } from '@/lib/server/errors';
import type { NationalExport } from '@/lib/server/report/national-columns';
import { exportNationalForStaff, nationalCsv } from '@/lib/server/report/national-export';
import { mayReportOnProvince } from '@/lib/server/report/yearly';
import { isStaff, unitOfRequest } from './yearly-report';

/** The national export as JSON or CSV (`?format=`) of `?unit=` (or the province), for its staff only. */
export async function downloadNationalExport({ locals, url }: APIContext): Promise<Response> {
  const { actor } = locals;
  if (!actor) return new Response('Sign in first', { status: 401 });
  if (!isStaff(actor)) return new Response('Forbidden', { status: 403 });
  const db = getDb();
  const format = url.searchParams.get('format');
  const unitId = unitOfRequest(url, actor, await mayReportOnProvince(db, actor));
  if (unitId === undefined || (format !== 'json' && format !== 'csv'))
    return new Response('Bad request', { status: 400 });
  let data: NationalExport;
  try {
    data = await exportNationalForStaff(db, actor, unitId);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response('Forbidden', { status: 403 });
    throw error;
  }
  const name = `tai-nang-tre-quoc-gia-v${data.version}-${data.scope.unitCode ?? 'tinh'}.${format}`;
  return new Response(format === 'json' ? JSON.stringify(data, null, 2) : nationalCsv(data), {
    headers: {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}

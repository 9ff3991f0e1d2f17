import type { AstroGlobal } from 'astro';
import { auditActions, type AuditAction } from '@db/schema';
import { getDb } from '@/lib/server/db';
import { type AuditFilters, listAuditLog } from '@/lib/server/audit/list';
import { idParam } from '@/lib/pagination';
import { redirectToSignIn } from './sign-in';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The filters of the query string; a value that is not one drops that filter rather than failing. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const action = params.get('action') ?? '';
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : undefined;
  };
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100) || undefined,
    action: (auditActions as readonly string[]).includes(action) ? (action as AuditAction) : undefined,
    from: day('from'),
    to: day('to'),
    before: idParam(params.get('before')) ?? undefined,
  };
}

/** The admins' audit log page, shared by its two language routes (403 for anyone but an admin). */
export async function loadAuditPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const filters = parseAuditFilters(astro.url.searchParams);
  if (actor.role !== 'admin' || !actor.emailVerified) {
    astro.response.status = 403;
    return { allowed: false as const, filters };
  }
  return { allowed: true as const, filters, page: await listAuditLog(getDb(), actor, filters) };
}

export type AuditPageProps = Exclude<Awaited<ReturnType<typeof loadAuditPage>>, Response>;

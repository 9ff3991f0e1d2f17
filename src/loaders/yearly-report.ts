import type { APIContext, AstroGlobal } from 'astro';
import type { Actor } from '@/lib/server/auth/actor';
import { paginate, parsePageParam } from '@/lib/pagination';
import { currentYear, now } from '@/lib/server/clock';
import { getDb } from '@/lib/server/db';
import { ForbiddenError } from '@/lib/server/errors';
import { toCsv, reportRows, toXlsx } from '@/lib/server/report/files';
import { headingLines, reportHeading, yearlyReportTables } from '@/lib/server/report/tables';
import {
  getYearlyReport,
  listReportUnits,
  mayReportOnProvince,
  type YearlyReport,
} from '@/lib/server/report/yearly';
import { PLAN_FIRST_YEAR, planYears } from '@/lib/server/targets/dashboard';
import { redirectToSignIn } from './sign-in';

/**
 * Honoured talents listed per page of the report: a province's year can honour over a thousand, a
 * page a phone scrolls and a printer takes holds a hundred; the CSV and XLSX files hold them all.
 */
export const HONOURED_PER_PAGE = 100;

/** The value of `?unit=` that asks for the whole province. */
export const PROVINCE = 'province';

/** The year (`?year=` within the plan, else this year) and unit a report request asks for; null when malformed. */
async function reportRequest(url: URL, actor: Actor) {
  const lastYear = currentYear();
  const asked = Number(url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= PLAN_FIRST_YEAR && asked <= lastYear ? asked : lastYear;
  const province = await mayReportOnProvince(getDb(), actor);
  const unitId = unitOfRequest(url, actor, province);
  return unitId === undefined ? null : { year, lastYear, province, unitId };
}

/**
 * The unit `?unit=` asks for: an id, null for `province`, and without it the province for those
 * who may report on it (`province`), else the officer's own unit. Undefined when malformed.
 */
export function unitOfRequest(url: URL, actor: Actor, province: boolean): number | null | undefined {
  const unitParam = url.searchParams.get('unit') ?? '';
  if (unitParam === '') return province ? null : actor.unitId;
  if (unitParam === PROVINCE) return null;
  return /^\d{1,9}$/.test(unitParam) ? Number(unitParam) : undefined;
}

export const isStaff = (actor: Actor) =>
  (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;

/**
 * The yearly report page: a redirect to sign in, 403 for anyone but staff or for a unit outside
 * the officer's, 400 for a malformed unit or a page of honoured talents that is not there, or the
 * report (its honoured talents one page of them) with the choices of year and unit.
 */
export async function loadYearlyReportPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const refused = (status: 400 | 403, reason: 'report.forbiddenUnit' | 'report.badPage') => {
    astro.response.status = status;
    return { allowed: false as const, report: null, reason };
  };
  if (!isStaff(actor)) return refused(403, 'report.forbiddenUnit');
  const request = await reportRequest(astro.url, actor);
  const pageNumber = parsePageParam(astro.url.searchParams.get('page'));
  if (!request || pageNumber === null) return refused(400, 'report.badPage');
  try {
    const db = getDb();
    const report = await getYearlyReport(db, actor, request.year, request.unitId);
    const honoured = paginate(report.honoured, pageNumber, HONOURED_PER_PAGE);
    if (!honoured) return refused(400, 'report.badPage');
    return {
      allowed: true as const,
      report: { ...report, honoured: honoured.items },
      honouredPaging: { ...honoured, from: (honoured.page - 1) * HONOURED_PER_PAGE + 1 },
      years: planYears(request.lastYear),
      units: await listReportUnits(db, actor),
      province: request.province,
      today: now(),
    };
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(403, 'report.forbiddenUnit');
    throw error;
  }
}

const fileTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The file name of a report: `bao-cao-tai-nang-tre-2026-tinh.xlsx`, or `-don-vi-12` for a unit. */
function fileName(report: YearlyReport, format: keyof typeof fileTypes) {
  return `bao-cao-tai-nang-tre-${report.year}-${report.unit ? `don-vi-${report.unit.id}` : 'tinh'}.${format}`;
}

/** The yearly report as a CSV or XLSX download (`?format=`), for staff of the unit; 401/403/400 otherwise. */
export async function downloadYearlyReport({ locals, url }: APIContext): Promise<Response> {
  const { actor, t, lang } = locals;
  if (!actor) return new Response('Sign in first', { status: 401 });
  if (!isStaff(actor)) return new Response('Forbidden', { status: 403 });
  const format = url.searchParams.get('format');
  const request = await reportRequest(url, actor);
  if (!request || (format !== 'csv' && format !== 'xlsx'))
    return new Response('Bad request', { status: 400 });
  let report: YearlyReport;
  try {
    report = await getYearlyReport(getDb(), actor, request.year, request.unitId);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response('Forbidden', { status: 403 });
    throw error;
  }
  const preamble = headingLines(reportHeading(report, t, lang, now()));
  const tables = yearlyReportTables(report, t, lang);
  const body = format === 'csv' ? toCsv(reportRows(preamble, tables)) : await toXlsx(preamble, tables);
  return new Response(body, {
    headers: {
      'Content-Type': fileTypes[format],
      'Content-Disposition': `attachment; filename="${fileName(report, format)}"`,
      'Cache-Control': 'no-store',
    },
  });
}

import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { youthPopulation } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { InvalidInputError } from '@/lib/server/errors';
import { PLAN_FIRST_YEAR } from '@/lib/server/targets/dashboard';
import { computeReach, type ReachFigures } from '@/lib/targets/reach';
import { countConfirmedSubscribers, loadYearCounts } from './summaries';

/** Bounds of a believable count of the province's young people (about 1.5 million in 2025). */
const MAX_POPULATION = 20_000_000;

export interface ReachTarget {
  year: number;
  figures: ReachFigures;
  source: string | null;
  pageViews: number;
  downloads: { file: string; count: number }[];
}

/**
 * The reach target of `year`: the days' unique visitors, the list's confirmed subscribers (now for
 * this year, as last noted for a past one) and the youth population the admins entered.
 * @example await getReachTarget(db, 2026)
 */
export async function getReachTarget(
  db: Database,
  year: number,
  thisYear = clock.currentYear(),
): Promise<ReachTarget> {
  const [counts, [population], subscribersNow] = await Promise.all([
    loadYearCounts(db, year),
    db.select().from(youthPopulation).where(eq(youthPopulation.year, year)),
    year === thisYear ? countConfirmedSubscribers(db) : Promise.resolve(null),
  ]);
  const figures = computeReach({
    dailyVisitors: counts.dailyVisitors,
    subscribers: subscribersNow ?? counts.subscribersAtEnd ?? 0,
    population: population?.population ?? null,
  });
  return {
    year,
    figures,
    source: population?.source ?? null,
    pageViews: counts.pageViews,
    downloads: counts.downloads,
  };
}

export interface YouthPopulationInput {
  year: number;
  population: number;
  source: string;
}

/**
 * Records the youth population of a year, replacing an earlier figure. Admins only: it moves the
 * province's reach target. Years from the plan's first to next year (statistics come out late).
 */
export async function setYouthPopulation(
  db: Database,
  actor: Actor | null,
  input: YouthPopulationInput,
  now = clock.now(),
): Promise<void> {
  const admin = requireRole(actor, 'admin');
  const nextYear = now.getFullYear() + 1;
  if (!Number.isInteger(input.year) || input.year < PLAN_FIRST_YEAR || input.year > nextYear)
    throw new InvalidInputError('reach.population.yearRange', 'year');
  if (!Number.isInteger(input.population) || input.population < 1 || input.population > MAX_POPULATION)
    throw new InvalidInputError('reach.population.range', 'population');
  const source = input.source.trim();
  if (source.length < 3 || source.length > 300)
    throw new InvalidInputError('reach.population.source', 'source');
  const values = { population: input.population, source, updatedBy: admin.id, updatedAt: now };
  await db.transaction(async (tx) => {
    const [earlier] = await tx
      .select({ population: youthPopulation.population, source: youthPopulation.source })
      .from(youthPopulation)
      .where(eq(youthPopulation.year, input.year));
    await tx
      .insert(youthPopulation)
      .values({ year: input.year, ...values })
      .onConflictDoUpdate({ target: youthPopulation.year, set: values });
    await recordAudit(tx, {
      actor: admin,
      action: 'youthPopulation.set',
      subjectType: 'youthPopulation',
      subjectId: input.year,
      subjectLabel: String(input.year),
      before: earlier ?? null,
      after: { population: input.population, source },
    });
  });
}

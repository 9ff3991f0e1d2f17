/**
 * The filters of an officers' queue, read from the page's query string. A value that is not one
 * of the choices is left out rather than refused: a stale bookmark still opens the queue.
 */
import { achievementLevels, type DecisionSubject } from '@db/schema';

export const queueNames = ['claims', 'profiles', 'achievements', 'corrections', 'employers'] as const;
export type QueueName = (typeof queueNames)[number];

/** Age bands within the plan's 16–35, counted in the current year. */
export const ageBands = {
  '16-20': [16, 20],
  '21-25': [21, 25],
  '26-30': [26, 30],
  '31-35': [31, 35],
} as const;
export type AgeBand = keyof typeof ageBands;

/** "Waiting longer than": days. */
export const waitingChoices = [7, 30, 90] as const;

/** What "kind" means in each queue: an achievement's level, a draft's origin. */
export const queueKinds: Record<QueueName, readonly string[]> = {
  claims: [],
  profiles: ['owned', 'recorded'],
  achievements: achievementLevels,
  corrections: [],
  employers: [],
};

export interface QueueFilters {
  unitId: number | null;
  fieldId: number | null;
  kind: string | null;
  age: AgeBand | null;
  /** Only items waiting longer than this many days. */
  waitingDays: number | null;
  /** Search in the talent's name or the organisation's, any accents. */
  q: string;
  order: 'oldest' | 'newest';
  page: number;
}

const positiveId = (value: string | null) => (value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);

/** The filters in `params`; unknown values fall back to none, a page past the end is the caller's 404. */
export function parseQueueFilters(queue: QueueName, params: URLSearchParams): QueueFilters {
  const kind = params.get('kind');
  const age = params.get('age');
  const waiting = Number(params.get('waiting'));
  return {
    unitId: positiveId(params.get('unit')),
    fieldId: positiveId(params.get('field')),
    kind: kind && queueKinds[queue].includes(kind) ? kind : null,
    age: age && Object.hasOwn(ageBands, age) ? (age as AgeBand) : null,
    waitingDays: (waitingChoices as readonly number[]).includes(waiting) ? waiting : null,
    q: (params.get('q') ?? '').trim().slice(0, 100),
    order: params.get('order') === 'newest' ? 'newest' : 'oldest',
    page: positiveId(params.get('page')) ?? 1,
  };
}

/** The query string of `filters` without the page, for the pager's and the sort's links. */
export function filterQuery(filters: QueueFilters): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  if (filters.unitId) query.unit = filters.unitId;
  if (filters.fieldId) query.field = filters.fieldId;
  if (filters.kind) query.kind = filters.kind;
  if (filters.age) query.age = filters.age;
  if (filters.waitingDays) query.waiting = filters.waitingDays;
  if (filters.q) query.q = filters.q;
  if (filters.order === 'newest') query.order = 'newest';
  return query;
}

/** Each queue's path segment in each language, and the kind of item it holds. */
export const queueRoutes: Record<QueueName, { vi: string; en: string; subject: DecisionSubject }> = {
  claims: { vi: 'nhan-quan-ly-ho-so', en: 'claims', subject: 'claim' },
  profiles: { vi: 'ho-so', en: 'profiles', subject: 'profile' },
  achievements: { vi: 'thanh-tich', en: 'achievements', subject: 'achievement' },
  corrections: { vi: 'dinh-chinh', en: 'corrections', subject: 'correction' },
  employers: { vi: 'nha-tuyen-dung', en: 'employers', subject: 'employer' },
};

/** The queue at a path segment of `lang`, or null. */
export function queueOfSlug(lang: 'vi' | 'en', slug: string | undefined): QueueName | null {
  return queueNames.find((queue) => queueRoutes[queue][lang] === slug) ?? null;
}

import type { CollectionEntry } from 'astro:content';
import type { CallForApplications } from '@/lib/awards/application-rules';
import { awardYear, type CallStatus, callStatus, daysUntil } from '@/lib/awards/schedule';
import type { Lang } from '@/lib/i18n/languages';
import { type Localized, localizeEntries } from '@/lib/content/localized';
import { readCollection } from './collections';

export type AwardCallEntry = CollectionEntry<'awardCalls'>;

export interface ScheduledCall extends Localized<AwardCallEntry> {
  status: CallStatus;
  /** Days until it closes (open) or opens (upcoming); 0 means today. */
  daysLeft: number;
}

export async function listAwardCalls(lang: Lang, now: Date): Promise<ScheduledCall[]> {
  return localizeEntries(await readCollection('awardCalls'), lang).map((item) => scheduleCall(item, now));
}

export function scheduleCall(item: Localized<AwardCallEntry>, now: Date): ScheduledCall {
  const { opens, closes } = item.entry.data;
  const status = callStatus({ opens, closes }, now);
  return { ...item, status, daysLeft: daysUntil(status === 'upcoming' ? opens : closes, now) };
}

/** Calls grouped for the listing: open (closing soonest first), upcoming (soonest first), closed (latest first). */
export function groupCallsByStatus(calls: ScheduledCall[]): Record<CallStatus, ScheduledCall[]> {
  const by = (status: CallStatus) => calls.filter((call) => call.status === status);
  const ascending = (key: 'opens' | 'closes') => (a: ScheduledCall, b: ScheduledCall) =>
    a.entry.data[key].localeCompare(b.entry.data[key]);
  return {
    open: by('open').sort(ascending('closes')),
    upcoming: by('upcoming').sort(ascending('opens')),
    closed: by('closed').sort((a, b) => ascending('closes')(b, a)),
  };
}

/** One call for a reader of `lang` with its status now, or null when no such call exists. */
export async function findAwardCall(lang: Lang, slug: string, now: Date): Promise<ScheduledCall | null> {
  const item = localizeEntries(await readCollection('awardCalls'), lang).find((call) => call.slug === slug);
  return item ? scheduleCall(item, now) : null;
}

/** The key one call has in both languages: its translation key, else its slug. */
export function callKeyOf(call: Pick<ScheduledCall, 'entry' | 'slug'>): string {
  return call.entry.data.translationKey ?? call.slug;
}

/** What the application rules need of a call (src/lib/awards/application-rules.ts). */
export function callForApplications(call: ScheduledCall): CallForApplications {
  const { data } = call.entry;
  return {
    key: callKeyOf(call),
    awardName: data.awardName,
    awardYear: awardYear(data),
    organiser: data.organiser,
    status: call.status,
    band: data.eligibility,
    firstTimeOnly: data.eligibility.firstTimeOnly,
    honourKind: data.honourKind,
    criteriaCount: data.scoring.length,
  };
}

/** The call of a key, for a reader of `lang`, or null. */
export async function findAwardCallByKey(lang: Lang, key: string, now: Date): Promise<ScheduledCall | null> {
  return (await listAwardCalls(lang, now)).find((call) => callKeyOf(call) === key) ?? null;
}

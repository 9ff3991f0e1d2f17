import type { ScheduledCall } from './awards';
import { formatDate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';

/** How a call's timing reads now: days left, closes today, opens on…, closed on…. */
export function describeCallTiming(call: ScheduledCall, lang: Lang, t: Translate): string {
  const { opens, closes } = call.entry.data;
  if (call.status === 'open')
    return call.daysLeft === 0 ? t('awards.closesToday') : t('awards.daysLeft', { count: call.daysLeft });
  if (call.status === 'upcoming') return t('awards.opensOn', { date: formatDate(lang, opens) });
  return t('awards.closedOn', { date: formatDate(lang, closes) });
}

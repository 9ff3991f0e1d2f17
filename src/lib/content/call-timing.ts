import type { CallStatus } from '@/lib/awards/schedule';
import { formatDate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';

/** What the wording needs of a scheduled call (see `scheduleCall`). */
interface CallTiming {
  status: CallStatus;
  daysLeft: number;
  entry: { data: { opens: string; closes: string } };
}

/** How a call's timing reads now: days left, closes today, opens on…, closed on…. */
export function describeCallTiming(call: CallTiming, lang: Lang, t: Translate): string {
  const { opens, closes } = call.entry.data;
  if (call.status === 'open')
    return call.daysLeft === 0 ? t('awards.closesToday') : t('awards.daysLeft', { count: call.daysLeft });
  if (call.status === 'upcoming') return t('awards.opensOn', { date: formatDate(lang, opens) });
  return t('awards.closedOn', { date: formatDate(lang, closes) });
}

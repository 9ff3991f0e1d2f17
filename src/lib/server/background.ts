import type { Database } from '@db/client';
import * as clock from '@/lib/server/clock';
import { getConfig } from '@/lib/server/config';
import { startHousekeeping } from '@/lib/server/housekeeping';
import { schedulePeriodicJob } from '@/lib/server/housekeeping/scheduler';
import { createSmtpTransport, deliverQueuedMail } from '@/lib/server/mail/deliver';
import { mailSavedSearchMatches, SAVED_SEARCH_EVERY_MS } from '@/lib/server/employers/saved-searches';
import { DIGEST_EVERY_MS, forgetOldNotifications, sendDueDigests } from '@/lib/server/notifications/digest';
import { photosDir } from '@/lib/server/uploads/photos';
import {
  REMINDER_EVERY_MS as HONOUR_REMINDER_EVERY_MS,
  sendHonourReminders,
} from '@/lib/server/awards/reminders';
import {
  REMINDER_EVERY_MS as REPORT_REMINDER_EVERY_MS,
  sendYearlyReportReminders,
} from '@/lib/server/report/reminder';
import { SWEEP_INTERVAL_MS, sweepOrphanEvidence, sweepOrphanPhotos } from '@/lib/server/uploads/sweeper';

/** Queued mail waits at most about this long for the sender. */
const MAIL_EVERY_MS = 5_000;

/**
 * Starts everything the server process does beside answering requests, once, from the server
 * entry (`scripts/serve.ts`): the purge of expired data, the sweep of orphan photo and evidence
 * files, the notification digests, the weekly mail of employers' saved searches, the yearly
 * reminders to honoured talents and of the yearly report, the mail
 * sender (only with `SMTP_URL`; without it the queue is the local outbox). The search service starts
 * in the app itself (`src/fetch.ts`), whose module copy answers searches. Every job is safe on
 * several instances at once.
 * @returns a function that stops them all, for a graceful shutdown
 */
export async function startBackgroundWork(db: Database): Promise<() => void> {
  const stops = [
    startHousekeeping(db),
    schedulePeriodicJob({
      name: 'photo-sweep',
      everyMs: SWEEP_INTERVAL_MS,
      run: async () => {
        const removed = await sweepOrphanPhotos(db, photosDir(), clock.now().getTime());
        if (removed > 0) console.log(`Photos: removed ${removed} file(s) no profile references.`);
        const evidence = await sweepOrphanEvidence(db, clock.now().getTime());
        if (evidence > 0)
          console.log(`Evidence: removed ${evidence} file(s) no application or achievement references.`);
      },
    }),
    // Digests go to the mail queue like any mail: without SMTP they wait in the local outbox.
    schedulePeriodicJob({
      name: 'notification-digest',
      everyMs: DIGEST_EVERY_MS,
      run: async () => {
        await sendDueDigests(db, clock.now());
        await forgetOldNotifications(db, clock.now());
      },
    }),
    schedulePeriodicJob({
      name: 'honour-reminders',
      everyMs: HONOUR_REMINDER_EVERY_MS,
      run: async () => {
        await sendHonourReminders(db, clock.now());
      },
    }),
    schedulePeriodicJob({
      name: 'saved-search-mail',
      everyMs: SAVED_SEARCH_EVERY_MS,
      run: async () => {
        await mailSavedSearchMatches(db, clock.now());
      },
    }),
    // The yearly report is due on 30 October: officers and admins hear of it a month before.
    schedulePeriodicJob({
      name: 'yearly-report-reminder',
      everyMs: REPORT_REMINDER_EVERY_MS,
      run: async () => {
        await sendYearlyReportReminders(db, clock.now());
      },
    }),
  ];
  const { smtpUrl, mailFrom } = getConfig();
  if (smtpUrl) {
    const transport = await createSmtpTransport(smtpUrl, mailFrom);
    stops.push(
      schedulePeriodicJob(
        {
          name: 'mail',
          everyMs: MAIL_EVERY_MS,
          run: async () => {
            const { failed } = await deliverQueuedMail(db, transport, clock.now());
            if (failed > 0) console.warn(`Mail: ${failed} message(s) not delivered; will retry.`);
          },
        },
        0,
      ),
    );
  }
  return () => stops.forEach((stop) => stop());
}

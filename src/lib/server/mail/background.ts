import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { createSmtpTransport, startMailSender } from './deliver';

/** Queued mail waits at most this long for the sender. */
const SEND_INTERVAL_MS = 5000;

let started = false;

/**
 * Starts this process's background mail sender, once, when `SMTP_URL` is set. Without it nothing
 * is started and the queue is the local outbox that the outbox page shows.
 */
export function ensureMailSender(): void {
  if (started) return;
  started = true;
  const { smtpUrl, mailFrom } = getConfig();
  if (!smtpUrl) return;
  createSmtpTransport(smtpUrl, mailFrom)
    .then((transport) => startMailSender(getDb(), transport, SEND_INTERVAL_MS))
    .catch((error: unknown) => console.error('Mail: the sender could not start:', (error as Error).message));
}

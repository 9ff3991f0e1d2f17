import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '@db/client';
import { mailOutbox } from '@db/schema';

/** What delivers one message; SMTP in production, anything that records it in tests. */
export interface MailTransport {
  send(mail: { to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<void>;
}

const MINUTE = 60_000;
/** A message still unsent after a day is stale: every link it carries has expired. */
const MAX_AGE_MS = 24 * 60 * MINUTE;
/** How long a taken message is reserved for the sender that took it, so two instances never both send it. */
const LEASE_MS = 5 * MINUTE;
/** Retry delays double from 1 min and stop growing at 1 h. */
export function mailRetryDelay(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 60 * MINUTE);
}

/**
 * Sends the queued messages that are due, oldest first, one at a time: each is first leased (a
 * conditional update, so of several server instances only one takes it), then marked sent, or
 * given back with a growing delay when the transport fails. Returns what happened.
 * @example await deliverQueuedMail(getDb(), createSmtpTransport(url, from), new Date())
 */
export async function deliverQueuedMail(
  db: Database,
  transport: MailTransport,
  now: Date,
  limit = 50,
): Promise<{ sent: number; failed: number }> {
  const due = and(
    isNull(mailOutbox.sentAt),
    gt(mailOutbox.createdAt, new Date(now.getTime() - MAX_AGE_MS)),
    or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, now)),
  );
  const candidates = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(due)
    .orderBy(asc(mailOutbox.id))
    .limit(limit);
  let sent = 0;
  let failed = 0;
  for (const { id } of candidates) {
    const [mail] = await db
      .update(mailOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(and(eq(mailOutbox.id, id), due))
      .returning();
    if (!mail) continue; // another sender took it
    try {
      await transport.send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
      await db.update(mailOutbox).set({ sentAt: now, lastError: null }).where(eq(mailOutbox.id, id));
      sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      await db
        .update(mailOutbox)
        .set({
          attempts,
          nextAttemptAt: new Date(now.getTime() + mailRetryDelay(attempts)),
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        })
        .where(eq(mailOutbox.id, id));
      failed++;
    }
  }
  return { sent, failed };
}

/** A transport over SMTP; nodemailer is loaded only when a server is configured. */
export async function createSmtpTransport(smtpUrl: string, from: string): Promise<MailTransport> {
  const nodemailer = await import('nodemailer');
  const transporter = nodemailer.createTransport(smtpUrl);
  return { send: async (mail) => void (await transporter.sendMail({ from, ...mail })) };
}

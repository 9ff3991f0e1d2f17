import { desc } from 'drizzle-orm';
import type { Executor } from '@db/client';
import type { Database } from '@db/client';
import { mailOutbox } from '@db/schema';

interface MailContent {
  to: string;
  subject: string;
  text: string;
  /** Extra headers (`List-Unsubscribe` on list mail). */
  headers?: Record<string, string>;
}

/**
 * A message for an account (the data download and account deletion go by `userId`) or for a
 * subscriber of the mailing list, who has none (unsubscribing deletes what is still queued).
 */
export type Mail = MailContent & ({ userId: number } | { subscriberId: number });

/**
 * Queues a message in the caller's transaction, so it exists exactly when the change that caused it
 * commits. Nothing is sent inside the request: every path that mails costs the same one insert, and
 * the background sender (deliver.ts) takes it from here when `SMTP_URL` is set.
 */
export async function queueMail(db: Executor, mail: Mail): Promise<void> {
  await db.insert(mailOutbox).values(mail);
}

/** The newest messages of the outbox. */
export async function listOutbox(db: Database, limit = 50) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}

import { desc } from 'drizzle-orm';
import type { Executor } from '@db/client';
import type { Database } from '@db/client';
import { mailOutbox } from '@db/schema';

export interface Mail {
  /** The account the mail is written for; the data download and account deletion go by it. */
  userId: number;
  to: string;
  subject: string;
  text: string;
}

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

import { desc } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Database } from '@db/client';
import { mailOutbox } from '@db/schema';
import { getConfig } from '@/lib/server/config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transporter: Transporter | undefined;

/**
 * Sends a message over SMTP when `SMTP_URL` is set; otherwise writes it to the outbox table, which
 * the outbox page shows, so every flow that mails works on a fresh start and in tests.
 */
export async function sendMail(db: Database, mail: Mail): Promise<void> {
  const { smtpUrl, mailFrom } = getConfig();
  if (!smtpUrl) {
    await db.insert(mailOutbox).values(mail);
    return;
  }
  if (!transporter) {
    // Loaded only when configured: the default start needs no SMTP code.
    const nodemailer = await import('nodemailer');
    transporter = nodemailer.createTransport(smtpUrl);
  }
  await transporter.sendMail({ from: mailFrom, ...mail });
}

/** The newest messages of the outbox. */
export async function listOutbox(db: Database, limit = 50) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}

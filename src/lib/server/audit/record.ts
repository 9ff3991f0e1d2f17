/**
 * The one writer of the audit log. Every change an officer or an admin makes calls
 * {@link recordAudit} with the transaction that makes the change, so the log and the change commit
 * or roll back together.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type AuditAction, auditLog } from '@db/schema';
import * as clock from '@/lib/server/clock';
import { foldVietnamese } from '@/lib/vietnamese';
import { redactSecrets } from './redact';

export interface AuditRecord {
  actor: { id: number; displayName: string };
  action: AuditAction;
  subjectType: string;
  subjectId: number | null;
  /** What the subject is called (a talent's or a unit's name), for reading and searching. */
  subjectLabel?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

type Json = Record<string, unknown> | null;

/**
 * Records one change in the audit log, inside `executor`'s transaction. Passwords, hashes, tokens
 * and secrets are stripped from `before` and `after` whatever their nesting (redact.ts).
 * @example await recordAudit(tx, { actor: staff, action: 'unit.rename', subjectType: 'unit', subjectId: 7, before: { name }, after: { name: next } });
 */
export async function recordAudit(executor: Executor, record: AuditRecord): Promise<void> {
  const subjectLabel = record.subjectLabel ?? '';
  const [row] = await executor
    .insert(auditLog)
    .values({
      actorId: record.actor.id,
      actorName: record.actor.displayName,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      subjectLabel,
      before: (record.before === undefined ? null : redactSecrets(record.before)) as Json,
      after: (record.after === undefined ? null : redactSecrets(record.after)) as Json,
      occurredAt: clock.now(),
    })
    .returning({ id: auditLog.id });
  const body = foldVietnamese(
    [record.actor.displayName, record.action.replace('.', ' '), record.subjectType, subjectLabel].join(' '),
  );
  await executor.run(sql`INSERT INTO audit_search (rowid, body) VALUES (${row!.id}, ${body})`);
}

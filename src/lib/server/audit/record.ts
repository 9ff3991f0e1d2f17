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

/**
 * Records a change that members may make too (a talent moderating their own club, applying to an
 * award) only when an officer or an admin makes it: the log is of the staff's changes.
 * @example await recordStaffAudit(tx, { actor, action: 'post.hide', subjectType: 'post', subjectId: 9 });
 */
export async function recordStaffAudit(
  executor: Executor,
  record: AuditRecord & { actor: { role: string } },
): Promise<void> {
  if (record.actor.role === 'officer' || record.actor.role === 'admin') await recordAudit(executor, record);
}

/**
 * The keys of `after` whose values differ from `before`'s, as the `before` and `after` of an entry
 * (an edit form sends every field, the log keeps what changed); null when nothing changed.
 * @example changedValues({ title: 'A', place: 'X' }, { title: 'B', place: 'X' }) // { before: { title: 'A' }, after: { title: 'B' } }
 */
export function changedValues<T extends object>(
  before: Partial<T>,
  after: T,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const keys = Object.keys(now).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, was[key]])),
    after: Object.fromEntries(keys.map((key) => [key, now[key]])),
  };
}

/**
 * Importing talents and achievements from an officer's CSV or XLSX file. A dry run checks and plans
 * and writes nothing; an import does the same in one transaction and writes only when no row has
 * an error, so a file goes in whole or not at all.
 */
import { createHash } from 'node:crypto';
import type { Database, Executor } from '@db/client';
import { achievements } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import * as clock from '@/lib/server/clock';
import { InvalidInputError } from '@/lib/server/errors';
import { requireStaff } from '@/lib/server/officers/scope';
import { recordTalentChanges } from '@/lib/server/search/sync';
import { insertTalentRecord } from '../talent-records';
import { type ImportError, type ImportPlan, planImport } from './plan';
import { readUploadedTable } from './table';

export interface ImportOutcome {
  /** True when the import wrote its rows; false for a dry run or a file with errors. */
  written: boolean;
  errors: ImportError[];
  rows: number;
  talentsCreated: number;
  talentsFound: number;
  achievementsCreated: number;
  unchanged: number;
}

function outcomeOf(plan: ImportPlan, rows: number, written: boolean): ImportOutcome {
  return {
    written,
    errors: plan.errors,
    rows,
    talentsCreated: plan.talents.filter((t) => t.existingId === null).length,
    talentsFound: plan.talents.filter((t) => t.existingId !== null).length,
    achievementsCreated: plan.talents.reduce((n, t) => n + t.achievements.length, 0),
    unchanged: plan.unchanged,
  };
}

/** Writes a clean plan: new records (verified, unpublished), their achievements verified by the officer. */
async function applyPlan(tx: Executor, staff: Actor, plan: ImportPlan): Promise<number[]> {
  const now = clock.now();
  const touched: number[] = [];
  for (const talent of plan.talents) {
    const id = talent.existingId ?? (await insertTalentRecord(tx, talent.record)).id;
    if (talent.achievements.length)
      await tx
        .insert(achievements)
        .values(
          talent.achievements.map((a) => ({ ...a, talentId: id, verifiedById: staff.id, verifiedAt: now })),
        );
    touched.push(id);
  }
  await recordTalentChanges(tx, touched);
  return touched;
}

/**
 * Checks an uploaded file and, unless `dryRun`, imports it.
 * @throws ForbiddenError unless the actor is staff; InvalidInputError (`file`) for a file that is
 *   empty, too large, not CSV or XLSX by its content, or has too many rows. Row errors are returned,
 *   not thrown: the page lists them all at once.
 */
export async function importTalents(
  db: Database,
  actor: Actor,
  bytes: Uint8Array,
  { dryRun }: { dryRun: boolean },
): Promise<ImportOutcome> {
  const staff = requireStaff(actor);
  const table = await readUploadedTable(bytes);
  if (!table.ok) throw new InvalidInputError(table.reason, 'file');
  const year = clock.currentYear();
  return db.transaction(async (tx) => {
    const plan = await planImport(tx, staff, table.header, table.rows, year);
    if (dryRun || plan.errors.length) return outcomeOf(plan, table.rows.length, false);
    const touched = await applyPlan(tx, staff, plan);
    const outcome = outcomeOf(plan, table.rows.length, true);
    await recordAudit(tx, {
      actor: staff,
      action: 'talent.import',
      subjectType: 'import',
      subjectId: null,
      subjectLabel: `${outcome.rows} rows`,
      before: null,
      after: {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        talentIds: touched,
        talentsCreated: outcome.talentsCreated,
        achievementsCreated: outcome.achievementsCreated,
      },
    });
    return outcome;
  });
}

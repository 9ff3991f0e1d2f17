import { and, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { honours, talents } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { recordTalentChanges } from '@/lib/server/search/sync';
import * as clock from '@/lib/server/clock';
import { liveHonoursOf } from './decisions';

export const REVOKE_REASON_MAX_LENGTH = 1000;

/**
 * Revokes an honour, admins only, with a reason. The row stays (history is never deleted) marked
 * revoked; the public lists, the directory and the profile stop showing it in the same transaction,
 * and a profile left without any honour in force is no longer marked honoured. The only writer of
 * a revocation (an audit log hooks in here).
 * @throws ForbiddenError unless an admin; NotFoundError; InvalidInputError for a missing reason
 *   (`reason`) or an honour already revoked
 */
export async function revokeHonour(
  db: Database,
  actor: Actor,
  input: { honourId: number; reason: string },
): Promise<void> {
  const admin = requireRole(actor, 'admin');
  const reason = input.reason.trim().slice(0, REVOKE_REASON_MAX_LENGTH);
  if (reason === '') throw new InvalidInputError('workspace.reasonRequired', 'reason');
  await db.transaction(async (tx) => {
    const [honour] = await tx.select().from(honours).where(eq(honours.id, input.honourId));
    if (!honour) throw new NotFoundError();
    if (honour.revokedAt !== null) throw new InvalidInputError('awards.alreadyRevoked');
    const now = clock.now();
    await tx
      .update(honours)
      .set({ revokedAt: now, revokedReason: reason, revokedById: admin.id })
      .where(eq(honours.id, honour.id));
    await recordAudit(tx, {
      actor: admin,
      action: 'honour.revoke',
      subjectType: 'honour',
      subjectId: honour.id,
      subjectLabel: `${honour.title} ${honour.year}`,
      before: { revokedAt: null },
      after: { revokedAt: now, revokedReason: reason },
    });
    if ((await liveHonoursOf(tx, honour.talentId)).length === 0)
      await tx
        .update(talents)
        .set({ status: 'verified', updatedAt: now })
        .where(and(eq(talents.id, honour.talentId), eq(talents.status, 'honoured')));
    await recordTalentChanges(tx, [honour.talentId]);
  });
}

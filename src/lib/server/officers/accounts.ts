/**
 * Admins disabling an account: it can no longer sign in, and every session it holds ends at once.
 * An admin cannot lock themselves out, nor another admin (the province keeps its administrators).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { users } from '@db/schema';
import type { vi as workspaceMessages } from '@/lib/i18n/messages/workspace';
import { normalizeEmail } from '@/lib/server/auth/accounts';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { disableAccount } from '@/lib/server/auth/recovery';
import { recordAudit } from '@/lib/server/audit/record';
import { InvalidInputError } from '@/lib/server/errors';

/** A refusal about the address, as the dictionary key the workspace shows under it. */
const refused = (key: keyof typeof workspaceMessages) => new InvalidInputError(key, 'email');

/**
 * Disables the account at `email` and ends all its sessions (disabling it again changes nothing).
 * @returns the disabled user's id and normalised address
 * @throws ForbiddenError unless the actor is an admin; InvalidInputError (`email`, with a dictionary
 *   key) for an unknown address, the actor's own account or another admin's.
 */
export async function disableAccountByEmail(
  db: Database,
  actor: Actor,
  email: string,
): Promise<{ userId: number; email: string }> {
  const admin = requireRole(actor, 'admin');
  const address = normalizeEmail(email);
  const [user] = await db
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, address))
    .limit(1);
  if (!user) throw refused('workspace.disableUnknown');
  if (user.id === admin.id) throw refused('workspace.disableSelf');
  if (user.role === 'admin') throw refused('workspace.disableAdmin');
  await db.transaction(async (tx) => {
    await disableAccount(tx, user.id);
    await recordAudit(tx, {
      actor: admin,
      action: 'account.disable',
      subjectType: 'user',
      subjectId: user.id,
      subjectLabel: address,
      before: { disabledAt: user.disabledAt },
      after: { disabled: true },
    });
  });
  return { userId: user.id, email: address };
}

/**
 * Admins appointing officers. Officers see private parts of every profile in their unit and vouch
 * for talents, so the appointment is the admin's alone, and only for a person with a confirmed address.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { units, users } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { normalizeEmail } from '@/lib/server/auth/accounts';
import { InvalidInputError } from '@/lib/server/errors';
import { recordAudit } from '@/lib/server/audit/record';
import { ownedTalentId } from '@/lib/server/talents/ownership';

export interface Appointment {
  email: string;
  unitId: number;
}

/**
 * Makes the account at `email` an officer of `unitId` (or moves an officer to another unit).
 *
 * **The caller must end every session of the returned user** (`invalidateUserSessions`): this is a
 * change of privilege, and officer sessions run under a shorter policy than the ones they hold.
 *
 * Refused for an admin (that would demote them), a disabled account, an employer's account, and a
 * talent owning a profile: an officer must never verify their own achievements.
 * @returns the appointed user's id
 * @throws ForbiddenError unless the actor is an admin; InvalidInputError (`email`) when no account
 *   with a confirmed address may take the role, (`unitId`) for an unknown or inactive unit.
 */
export async function appointOfficer(db: Database, actor: Actor, appointment: Appointment): Promise<number> {
  requireRole(actor, 'admin');
  const email = normalizeEmail(appointment.email);
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    // No account, an unconfirmed or disabled one, an admin, an employer, a talent owning a profile:
    // the workspace gives one answer, which lists these cases.
    const refused = new InvalidInputError('workspace.appointRefused', 'email');
    if (!user || !user.emailVerifiedAt || user.disabledAt) throw refused;
    if (user.role === 'admin' || user.role === 'employer') throw refused;
    if ((await ownedTalentId(tx, user.id)) !== null) throw refused;
    const [unit] = await tx
      .select({ active: units.active })
      .from(units)
      .where(eq(units.id, appointment.unitId));
    if (!unit?.active) throw new InvalidInputError('workspace.appointUnitInactive', 'unitId');
    await tx.update(users).set({ role: 'officer', unitId: appointment.unitId }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor,
      action: 'officer.appoint',
      subjectType: 'user',
      subjectId: user.id,
      subjectLabel: `${user.displayName} <${user.email}>`,
      before: { role: user.role, unitId: user.unitId },
      after: { role: 'officer', unitId: appointment.unitId },
    });
    return user.id;
  });
}

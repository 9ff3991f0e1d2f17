/**
 * Officers vouching for employers. A verified employer sees what talents show to employers (often
 * contact details), so an officer checks the organisation first. Employers are not tied to a unit:
 * any officer may verify one.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '@db/client';
import { employers, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { requireStaff } from './scope';
import * as clock from '@/lib/server/clock';

/** An employer waiting for verification, with the account behind it. */
export interface UnverifiedEmployer {
  userId: number;
  organisationName: string;
  registrationNumber: string;
  website: string | null;
  contactPerson: string;
  email: string;
  displayName: string;
  /** An employer with an unconfirmed address cannot be verified yet. */
  emailVerified: boolean;
  createdAt: Date;
}

/** Employers not verified yet (disabled accounts left out), oldest first. */
export async function listUnverifiedEmployers(db: Database, actor: Actor): Promise<UnverifiedEmployer[]> {
  requireStaff(actor);
  const rows = await db
    .select({
      userId: employers.userId,
      organisationName: employers.organisationName,
      registrationNumber: employers.registrationNumber,
      website: employers.website,
      contactPerson: employers.contactPerson,
      email: users.email,
      displayName: users.displayName,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
    })
    .from(employers)
    .innerJoin(users, eq(users.id, employers.userId))
    .where(and(isNull(employers.verifiedAt), isNull(users.disabledAt)))
    .orderBy(asc(users.createdAt), asc(users.id));
  return rows.map(({ emailVerifiedAt, ...row }) => ({ ...row, emailVerified: emailVerifiedAt !== null }));
}

/**
 * Marks an employer verified by the actor, now. The employer's next request sees the new rights
 * (the actor is read from the database on every request).
 * @throws NotFoundError for an unknown employer; InvalidInputError when the account is not an
 *   employer's, is disabled, has an unconfirmed email, or is already verified.
 */
export async function verifyEmployer(db: Database, actor: Actor, employerUserId: number): Promise<void> {
  const staff = requireStaff(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        verifiedAt: employers.verifiedAt,
        role: users.role,
        emailVerifiedAt: users.emailVerifiedAt,
        disabledAt: users.disabledAt,
      })
      .from(employers)
      .innerJoin(users, eq(users.id, employers.userId))
      .where(eq(employers.userId, employerUserId));
    if (!row) throw new NotFoundError();
    // Not an active employer, an unconfirmed address, or already verified: one answer for all three.
    if (row.role !== 'employer' || row.disabledAt || !row.emailVerifiedAt || row.verifiedAt)
      throw new InvalidInputError('workspace.employerRefused', 'employerUserId');
    await tx
      .update(employers)
      .set({ verifiedAt: clock.now(), verifiedById: staff.id })
      .where(eq(employers.userId, employerUserId));
  });
}

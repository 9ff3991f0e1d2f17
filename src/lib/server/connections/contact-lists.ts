import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '@db/client';
import { type ContactKind, contactRequests, employers, type RequestStatus, talents, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { hiddenUserIds } from './blocks';

/** A contact request as one side sees it. `email` is the other side's address, only once accepted. */
export interface ContactItem {
  id: number;
  kind: ContactKind;
  subject: string;
  message: string;
  status: RequestStatus;
  createdAt: Date;
  /** For the employer: the talent; for the talent: the organisation. */
  otherName: string;
  talentSlug: string;
  email: string | null;
  /** The employer's address is the brokering officer's: the talent is a minor. */
  viaOfficer: boolean;
}

const LIMIT = 200;

/**
 * The contact requests the actor sent (an employer) or received (a talent; those still with an
 * officer are not shown), newest first. Contact emails appear only on accepted requests between
 * people with no block between them: a talent's contact email (else their account's), an employer's
 * account email, and for a minor the brokering officer's address instead of the talent's.
 */
export async function listContactRequests(db: Database, actor: Actor): Promise<ContactItem[]> {
  if (actor.role !== 'employer' && actor.role !== 'talent') return [];
  const talentUser = alias(users, 'talent_user');
  const employerUser = alias(users, 'employer_user');
  const broker = alias(users, 'broker');
  const rows = await db
    .select({
      request: contactRequests,
      talentName: talents.fullName,
      talentSlug: talents.slug,
      talentContact: talents.contactEmail,
      talentUserId: talents.userId,
      talentEmail: talentUser.email,
      organisation: employers.organisationName,
      employerEmail: employerUser.email,
      brokerEmail: broker.email,
    })
    .from(contactRequests)
    .innerJoin(talents, eq(talents.id, contactRequests.talentId))
    .innerJoin(employers, eq(employers.userId, contactRequests.employerId))
    .innerJoin(employerUser, eq(employerUser.id, contactRequests.employerId))
    .leftJoin(talentUser, eq(talentUser.id, talents.userId))
    .leftJoin(broker, eq(broker.id, contactRequests.brokerId))
    .where(
      actor.role === 'employer'
        ? eq(contactRequests.employerId, actor.id)
        : and(
            eq(talents.userId, actor.id),
            inArray(contactRequests.status, ['pending', 'accepted', 'declined']),
          ),
    )
    .orderBy(desc(contactRequests.createdAt))
    .limit(LIMIT);
  const hidden = await hiddenUserIds(db, actor.id);
  return rows
    .filter((row) =>
      actor.role === 'employer'
        ? row.talentUserId === null || !hidden.has(row.talentUserId)
        : !hidden.has(row.request.employerId),
    )
    .map((row) => {
      const { request } = row;
      const accepted = request.status === 'accepted';
      const talentAddress = request.minor ? row.brokerEmail : (row.talentContact ?? row.talentEmail);
      return {
        id: request.id,
        kind: request.kind,
        subject: request.subject,
        message: request.message,
        status: request.status,
        createdAt: request.createdAt,
        otherName: actor.role === 'employer' ? row.talentName : row.organisation,
        talentSlug: row.talentSlug,
        email: !accepted ? null : actor.role === 'employer' ? talentAddress : row.employerEmail,
        viaOfficer: actor.role === 'employer' && request.minor,
      };
    });
}

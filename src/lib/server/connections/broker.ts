/**
 * Officers brokering requests to minors: a connection request from an adult or a contact request
 * from an employer to a talent under 18 waits here until an officer of the talent's unit (an admin
 * anywhere) passes it on to the talent or refuses it. Every decision is logged.
 */
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database, Executor } from '@db/client';
import { type ContactKind, connections, contactRequests, employers, talents, users } from '@db/schema';
import { type Actor, canManageUnit, requireRole } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { NotFoundError } from '@/lib/server/errors';
import { notify } from '@/lib/server/notifications';
import * as clock from '@/lib/server/clock';
import { logRequestEvent } from './events';
import { publicNameOf } from './reach';

export interface BrokeredContact {
  id: number;
  talentName: string;
  talentSlug: string;
  organisation: string;
  kind: ContactKind;
  subject: string;
  message: string;
  createdAt: Date;
}

export interface BrokeredConnection {
  id: number;
  talentName: string;
  talentSlug: string;
  requesterName: string;
  note: string;
  createdAt: Date;
}

/** The units whose requests the actor decides: every unit for an admin. */
const unitScope = (actor: Actor) =>
  actor.role === 'admin' ? undefined : eq(talents.unitId, actor.unitId ?? -1);

/** Requests waiting for the actor (an officer or admin) to decide, oldest first. */
export async function listBrokerQueue(db: Database, actor: Actor) {
  const officer = requireRole(actor, 'officer', 'admin');
  const requester = alias(users, 'requester');
  const [contacts, connectionRows] = await Promise.all([
    db
      .select({
        id: contactRequests.id,
        talentName: talents.fullName,
        talentSlug: talents.slug,
        organisation: employers.organisationName,
        kind: contactRequests.kind,
        subject: contactRequests.subject,
        message: contactRequests.message,
        createdAt: contactRequests.createdAt,
      })
      .from(contactRequests)
      .innerJoin(talents, eq(talents.id, contactRequests.talentId))
      .innerJoin(employers, eq(employers.userId, contactRequests.employerId))
      .where(and(eq(contactRequests.status, 'awaiting_officer'), unitScope(officer)))
      .orderBy(asc(contactRequests.createdAt))
      .limit(200),
    db
      .select({
        id: connections.id,
        talentName: talents.fullName,
        talentSlug: talents.slug,
        requesterName: requester.displayName,
        note: connections.note,
        createdAt: connections.createdAt,
      })
      .from(connections)
      .innerJoin(talents, eq(talents.userId, connections.recipientId))
      .innerJoin(requester, eq(requester.id, connections.requesterId))
      .where(and(eq(connections.status, 'awaiting_officer'), unitScope(officer)))
      .orderBy(asc(connections.createdAt))
      .limit(200),
  ]);
  return {
    contacts: contacts satisfies BrokeredContact[],
    connections: connectionRows satisfies BrokeredConnection[],
  };
}

/** The audit entry of a brokered request: it waited for an officer, and now waits for the talent or is declined. */
function recordBrokerDecision(
  tx: Executor,
  officer: Actor,
  forward: boolean,
  subjectType: 'contactRequest' | 'connection',
  subjectId: number,
  talentName: string,
) {
  return recordAudit(tx, {
    actor: officer,
    action: forward ? 'request.forward' : 'request.refuse',
    subjectType,
    subjectId,
    subjectLabel: talentName,
    before: { status: 'awaiting_officer' },
    after: { status: forward ? 'pending' : 'declined' },
  });
}

/**
 * The officer passes a minor's contact request on to the talent (`forward`) or refuses it; the
 * employer hears of a refusal as of a decline.
 * @throws NotFoundError when the request is not waiting or its talent is outside the officer's unit.
 */
export async function decideContactRequest(db: Database, actor: Actor, id: number, forward: boolean) {
  const officer = requireRole(actor, 'officer', 'admin');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        request: contactRequests,
        unitId: talents.unitId,
        talentUserId: talents.userId,
        talentName: talents.fullName,
      })
      .from(contactRequests)
      .innerJoin(talents, eq(talents.id, contactRequests.talentId))
      .where(and(eq(contactRequests.id, id), eq(contactRequests.status, 'awaiting_officer')));
    if (!row || !canManageUnit(officer, row.unitId)) throw new NotFoundError();
    await tx
      .update(contactRequests)
      .set({
        status: forward ? 'pending' : 'declined',
        brokerId: officer.id,
        respondedAt: forward ? null : clock.now(),
      })
      .where(eq(contactRequests.id, id));
    await logRequestEvent(
      tx,
      { contactRequestId: id },
      officer.id,
      forward ? 'forwarded' : 'refusedByOfficer',
    );
    await recordBrokerDecision(tx, officer, forward, 'contactRequest', id, row.talentName);
    const { request } = row;
    if (forward && row.talentUserId !== null) {
      const [organisation] = await tx
        .select({ name: employers.organisationName })
        .from(employers)
        .where(eq(employers.userId, request.employerId));
      await notify(tx, {
        userId: row.talentUserId,
        kind: 'contactRequested',
        params: { organisation: organisation?.name ?? '', subject: request.subject },
        link: { route: 'contactRequests' },
      });
    } else if (!forward) {
      await notify(tx, {
        userId: request.employerId,
        kind: 'contactDeclined',
        params: { subject: request.subject },
        link: { route: 'contactRequests' },
      });
    }
  });
}

/** The officer passes an adult's connection request on to the minor, or refuses it (the requester is not told). */
export async function decideConnectionRequest(db: Database, actor: Actor, id: number, forward: boolean) {
  const officer = requireRole(actor, 'officer', 'admin');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ connection: connections, unitId: talents.unitId, talentName: talents.fullName })
      .from(connections)
      .innerJoin(talents, eq(talents.userId, connections.recipientId))
      .where(and(eq(connections.id, id), eq(connections.status, 'awaiting_officer')))
      .limit(1);
    if (!row || !canManageUnit(officer, row.unitId)) throw new NotFoundError();
    await tx
      .update(connections)
      .set({
        status: forward ? 'pending' : 'declined',
        brokerId: officer.id,
        respondedAt: forward ? null : clock.now(),
      })
      .where(eq(connections.id, id));
    await logRequestEvent(tx, { connectionId: id }, officer.id, forward ? 'forwarded' : 'refusedByOfficer');
    await recordBrokerDecision(tx, officer, forward, 'connection', id, row.talentName);
    if (forward) {
      const [requester] = await tx
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(eq(users.id, row.connection.requesterId));
      await notify(tx, {
        userId: row.connection.recipientId,
        kind: 'connectionRequested',
        params: { name: requester ? await publicNameOf(tx, requester) : '' },
        link: { route: 'connections' },
      });
    }
  });
}

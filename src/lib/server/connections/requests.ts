/**
 * Connection requests between talents: send (with an optional note), accept, decline, withdraw,
 * remove. A request from an adult to a minor waits for an officer of the minor's unit first
 * (broker.ts). Every function checks who acts; a row the actor has no part in is "not found".
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type Connection, connections } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { notify } from '@/lib/server/notifications';
import { consumeRateLimit, type RateLimit } from '@/lib/server/rate-limit';
import * as clock from '@/lib/server/clock';
import { isEitherBlocked } from './blocks';
import { logRequestEvent } from './events';
import { brokersOf, findReachableTalent, isKnownMinor, publicNameOf } from './reach';

export const MAX_NOTE = 500;
/** Plenty for a person, too few to spam the network with requests. */
const requestsPerAccount: RateLimit = { limit: 50, windowSeconds: 24 * 60 * 60 };

/**
 * The actor asks the talent at `slug` to connect.
 * @throws NotFoundError when the profile is not reachable for the actor (see findReachableTalent).
 * @throws InvalidInputError `connections.notYourself`, `connections.already` (connected),
 *   `connections.alreadyAsked` (a request of theirs is open or was declined), `connections.theyAsked`
 *   (the other already asked them: answer that one), `form.tooLong` for the note; RateLimitedError
 *   past 50 requests a day.
 */
export async function sendConnectionRequest(
  db: Database,
  actor: Actor,
  input: { slug: string; note: string },
): Promise<{ status: 'pending' | 'awaiting_officer' }> {
  const requester = requireRole(actor, 'talent');
  const note = input.note.trim();
  if (note.length > MAX_NOTE) throw new InvalidInputError('form.tooLong', 'note');
  await consumeRateLimit(db, `connect:account:${requester.id}`, requestsPerAccount);
  return db.transaction(async (tx) => {
    const target = await findReachableTalent(tx, requester, input.slug);
    if (target.userId === requester.id) throw new InvalidInputError('connections.notYourself');
    const rows = await tx
      .select()
      .from(connections)
      .where(
        or(
          and(eq(connections.requesterId, requester.id), eq(connections.recipientId, target.userId)),
          and(eq(connections.requesterId, target.userId), eq(connections.recipientId, requester.id)),
        ),
      );
    const mine = rows.find((r) => r.requesterId === requester.id);
    const theirs = rows.find((r) => r.requesterId === target.userId);
    if (rows.some((r) => r.status === 'accepted')) throw new InvalidInputError('connections.already');
    if (theirs?.status === 'pending') throw new InvalidInputError('connections.theyAsked');
    if (mine && mine.status !== 'withdrawn') throw new InvalidInputError('connections.alreadyAsked');

    const brokered = target.minor && !(await isKnownMinor(tx, requester.id));
    const name = await publicNameOf(tx, requester);
    const status = brokered ? 'awaiting_officer' : 'pending';
    const values = { status, note, brokerId: null, createdAt: clock.now(), respondedAt: null } as const;
    const [row] = mine
      ? await tx.update(connections).set(values).where(eq(connections.id, mine.id)).returning()
      : await tx
          .insert(connections)
          .values({ requesterId: requester.id, recipientId: target.userId, ...values })
          .returning();
    if (brokered) {
      await logRequestEvent(tx, { connectionId: row!.id }, requester.id, 'sent');
      const brokers = await brokersOf(tx, target.unitId);
      await notify(
        tx,
        ...brokers.map((userId) => ({
          userId,
          kind: 'brokerConnection' as const,
          params: { name, talent: target.fullName },
          link: { route: 'contactRequests' },
        })),
      );
    } else {
      await notify(tx, {
        userId: target.userId,
        kind: 'connectionRequested',
        params: { name },
        link: { route: 'connections' },
      });
    }
    return { status };
  });
}

/** A row the actor takes part in, in one of `statuses`, or NotFoundError. */
async function ownRow(
  db: Pick<Database, 'select'>,
  actor: Actor,
  id: number,
  side: 'requester' | 'recipient' | 'either',
  statuses: Connection['status'][],
): Promise<Connection> {
  const mine =
    side === 'requester'
      ? eq(connections.requesterId, actor.id)
      : side === 'recipient'
        ? eq(connections.recipientId, actor.id)
        : or(eq(connections.requesterId, actor.id), eq(connections.recipientId, actor.id));
  const [row] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.id, id), mine, inArray(connections.status, statuses)));
  if (!row) throw new NotFoundError();
  return row;
}

/** The recipient accepts or declines a request; the requester is told only of an acceptance. */
export async function respondToConnection(
  db: Database,
  actor: Actor,
  id: number,
  accept: boolean,
): Promise<void> {
  const recipient = requireRole(actor, 'talent');
  await db.transaction(async (tx) => {
    const row = await ownRow(tx, recipient, id, 'recipient', ['pending']);
    if (await isEitherBlocked(tx, row.requesterId, row.recipientId)) throw new NotFoundError();
    await tx
      .update(connections)
      .set({ status: accept ? 'accepted' : 'declined', respondedAt: clock.now() })
      .where(eq(connections.id, id));
    if (row.brokerId !== null)
      await logRequestEvent(tx, { connectionId: id }, recipient.id, accept ? 'accepted' : 'declined');
    if (accept)
      await notify(tx, {
        userId: row.requesterId,
        kind: 'connectionAccepted',
        params: { name: await publicNameOf(tx, recipient) },
        link: { route: 'connections' },
      });
  });
}

/** The requester takes back a request not answered yet. */
export async function withdrawConnectionRequest(db: Database, actor: Actor, id: number): Promise<void> {
  const requester = requireRole(actor, 'talent');
  await db.transaction(async (tx) => {
    await ownRow(tx, requester, id, 'requester', ['pending', 'awaiting_officer']);
    await tx
      .update(connections)
      .set({ status: 'withdrawn', respondedAt: clock.now() })
      .where(eq(connections.id, id));
  });
}

/** Either side ends a connection; both may ask again later. */
export async function removeConnection(db: Database, actor: Actor, id: number): Promise<void> {
  const member = requireRole(actor, 'talent');
  await db.transaction(async (tx) => {
    await ownRow(tx, member, id, 'either', ['accepted']);
    await tx
      .update(connections)
      .set({ status: 'withdrawn', respondedAt: clock.now() })
      .where(eq(connections.id, id));
  });
}

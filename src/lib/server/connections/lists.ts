import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '@db/client';
import { connections, talents, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { LISTED_STATUSES } from '@/lib/visibility';
import { hiddenUserIds } from './blocks';

/** A connection or request as one side sees it: the other person and where their profile is. */
export interface ConnectionItem {
  id: number;
  userId: number;
  /** The name on their listed profile, else their account's. */
  displayName: string;
  /** The other person's listed profile, when they have one. */
  slug: string | null;
  note: string;
  status: 'awaiting_officer' | 'pending' | 'accepted';
  createdAt: Date;
}

export interface ConnectionLists {
  incoming: ConnectionItem[];
  outgoing: ConnectionItem[];
  connected: ConnectionItem[];
}

/** The actor's open requests both ways and their connections, newest first, blocked people left out. */
export async function listConnections(db: Database, actor: Actor): Promise<ConnectionLists> {
  const rows = await db
    .select()
    .from(connections)
    .where(
      and(
        or(eq(connections.requesterId, actor.id), eq(connections.recipientId, actor.id)),
        inArray(connections.status, ['awaiting_officer', 'pending', 'accepted']),
      ),
    )
    .orderBy(desc(connections.createdAt))
    .limit(500);
  const hidden = await hiddenUserIds(db, actor.id);
  const otherOf = (row: (typeof rows)[number]) =>
    row.requesterId === actor.id ? row.recipientId : row.requesterId;
  const visible = rows.filter((row) => !hidden.has(otherOf(row)));
  const others = [...new Set(visible.map(otherOf))];
  const people =
    others.length === 0
      ? []
      : await db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, others));
  const profiles =
    others.length === 0
      ? []
      : await db
          .select({ userId: talents.userId, slug: talents.slug, fullName: talents.fullName })
          .from(talents)
          .where(and(inArray(talents.userId, others), inArray(talents.status, LISTED_STATUSES)));
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const item = (row: (typeof rows)[number]): ConnectionItem => {
    const userId = otherOf(row);
    return {
      id: row.id,
      userId,
      displayName: profileOf.get(userId)?.fullName ?? nameOf.get(userId) ?? '',
      slug: profileOf.get(userId)?.slug ?? null,
      note: row.note,
      status: row.status as ConnectionItem['status'],
      createdAt: row.createdAt,
    };
  };
  return {
    // A request waiting for an officer is not shown to the minor it is addressed to.
    incoming: visible.filter((r) => r.recipientId === actor.id && r.status === 'pending').map(item),
    outgoing: visible.filter((r) => r.requesterId === actor.id && r.status !== 'accepted').map(item),
    connected: visible.filter((r) => r.status === 'accepted').map(item),
  };
}

/** How the actor stands with the person behind a profile, for the profile page's buttons. */
export async function connectionWith(
  db: Database,
  actor: Actor,
  userId: number,
): Promise<{
  id: number;
  status: ConnectionItem['status'] | 'declined' | 'withdrawn';
  mine: boolean;
} | null> {
  const [row] = await db
    .select()
    .from(connections)
    .where(
      or(
        and(eq(connections.requesterId, actor.id), eq(connections.recipientId, userId)),
        and(eq(connections.requesterId, userId), eq(connections.recipientId, actor.id)),
      ),
    )
    .orderBy(desc(connections.createdAt))
    .limit(1);
  if (!row) return null;
  return { id: row.id, status: row.status, mine: row.requesterId === actor.id };
}

/**
 * The community's part of a person's data: what the data download shows and what account deletion
 * erases (src/lib/server/privacy). Deletes are explicit, as the rest of the erasure's are, because
 * ON DELETE CASCADE only runs with foreign keys on.
 */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  blocks,
  connections,
  contactRequests,
  notificationSettings,
  notifications,
  requestEvents,
  savedSearches,
  shortlistEntries,
  talents,
} from '@db/schema';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Everything of the community held about `userId`, for the data download. */
export async function exportCommunityData(db: Database, userId: number) {
  const ownTalents = db.select({ id: talents.id }).from(talents).where(eq(talents.userId, userId));
  const [notices, settings, links, blocked, contacts, shortlist, searches] = await Promise.all([
    db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.id)),
    db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)),
    db
      .select()
      .from(connections)
      .where(or(eq(connections.requesterId, userId), eq(connections.recipientId, userId))),
    db.select().from(blocks).where(eq(blocks.blockerId, userId)),
    db
      .select()
      .from(contactRequests)
      .where(or(eq(contactRequests.employerId, userId), inArray(contactRequests.talentId, ownTalents))),
    db.select().from(shortlistEntries).where(eq(shortlistEntries.employerId, userId)),
    db.select().from(savedSearches).where(eq(savedSearches.employerId, userId)),
  ]);
  return {
    notifications: notices.map((n) => ({
      kind: n.kind,
      params: n.params,
      createdAt: n.createdAt.toISOString(),
      readAt: iso(n.readAt),
    })),
    digest: settings[0]?.digest ?? null,
    connections: links.map((c) => ({
      direction: c.requesterId === userId ? 'sent' : 'received',
      otherAccountId: c.requesterId === userId ? c.recipientId : c.requesterId,
      status: c.status,
      note: c.note,
      createdAt: c.createdAt.toISOString(),
      respondedAt: iso(c.respondedAt),
    })),
    blockedAccountIds: blocked.map((b) => b.blockedId),
    contactRequests: contacts.map((r) => ({
      direction: r.employerId === userId ? 'sent' : 'received',
      kind: r.kind,
      subject: r.subject,
      message: r.message,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      respondedAt: iso(r.respondedAt),
    })),
    shortlist: shortlist.map((s) => ({
      talentId: s.talentId,
      note: s.note,
      createdAt: s.createdAt.toISOString(),
    })),
    savedSearches: searches.map((s) => ({
      name: s.name,
      query: s.query,
      createdAt: s.createdAt.toISOString(),
    })),
  };
}

/**
 * Erases the community data of `userId`: their notifications and settings, connections and blocks
 * either way, contact requests they sent or that were addressed to their profile, shortlists and
 * saved searches of theirs and entries about their profile. Run before the profile itself is
 * erased (it finds the profile by its account). Officers' decisions on others' requests stay.
 */
export async function eraseCommunityData(tx: Executor, userId: number): Promise<void> {
  const ownTalents = tx.select({ id: talents.id }).from(talents).where(eq(talents.userId, userId));
  const theirConnections = tx
    .select({ id: connections.id })
    .from(connections)
    .where(or(eq(connections.requesterId, userId), eq(connections.recipientId, userId)));
  const theirContacts = tx
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(or(eq(contactRequests.employerId, userId), inArray(contactRequests.talentId, ownTalents)));
  await tx
    .delete(requestEvents)
    .where(
      or(
        inArray(requestEvents.connectionId, theirConnections),
        inArray(requestEvents.contactRequestId, theirContacts),
      ),
    );
  await tx.update(requestEvents).set({ actorId: null }).where(eq(requestEvents.actorId, userId));
  await tx.delete(connections).where(inArray(connections.id, theirConnections));
  await tx.delete(contactRequests).where(inArray(contactRequests.id, theirContacts));
  await tx.update(connections).set({ brokerId: null }).where(eq(connections.brokerId, userId));
  await tx.update(contactRequests).set({ brokerId: null }).where(eq(contactRequests.brokerId, userId));
  await tx.delete(blocks).where(or(eq(blocks.blockerId, userId), eq(blocks.blockedId, userId)));
  await tx
    .delete(shortlistEntries)
    .where(or(eq(shortlistEntries.employerId, userId), inArray(shortlistEntries.talentId, ownTalents)));
  await tx.delete(savedSearches).where(eq(savedSearches.employerId, userId));
  await tx.delete(notifications).where(eq(notifications.userId, userId));
  await tx.delete(notificationSettings).where(eq(notificationSettings.userId, userId));
}

/**
 * Blocks: a block hides each person from the other everywhere (profile page, directory and search,
 * honours and the home page, club members, forum threads, posts and their notifications,
 * requests, contact). Every place that shows one member to another asks {@link hiddenUserIds} or
 * {@link isEitherBlocked}; only the blocker sees the block and may lift it.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { blocks, connections, contactRequests, talents, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import * as clock from '@/lib/server/clock';

/** The people `userId` blocked or was blocked by: two index lookups. */
export async function hiddenUserIds(db: Executor, userId: number): Promise<Set<number>> {
  const [blocked, blockedBy] = await Promise.all([
    db.select({ id: blocks.blockedId }).from(blocks).where(eq(blocks.blockerId, userId)),
    db.select({ id: blocks.blockerId }).from(blocks).where(eq(blocks.blockedId, userId)),
  ]);
  return new Set([...blocked, ...blockedBy].map((row) => row.id));
}

/**
 * The same people as {@link hiddenUserIds}, as a subquery for a list's WHERE, so a keyset page
 * stays one query: `notInArray(threads.authorId, hiddenUserIdsQuery(db, reader.id))`.
 */
export function hiddenUserIdsQuery(db: Executor, userId: number) {
  return db
    .select({ id: blocks.blockedId })
    .from(blocks)
    .where(eq(blocks.blockerId, userId))
    .union(db.select({ id: blocks.blockerId }).from(blocks).where(eq(blocks.blockedId, userId)));
}

/**
 * `items` without the talents `viewer` must not see because of a block either way, for public lists
 * shown to a signed-in viewer (honours, the home page); anonymous viewers get them unchanged.
 */
export async function withoutHiddenTalents<T extends { slug: string }>(
  db: Database,
  viewer: Actor | null,
  items: T[],
): Promise<T[]> {
  if (!viewer || items.length === 0) return items;
  const hidden = await hiddenTalentSlugs(db, viewer);
  return hidden.size ? items.filter((item) => !hidden.has(item.slug)) : items;
}

/** Whether either of two people blocked the other. */
export async function isEitherBlocked(db: Executor, a: number, b: number): Promise<boolean> {
  const [row] = await db
    .select({ one: blocks.blockerId })
    .from(blocks)
    .where(
      or(
        and(eq(blocks.blockerId, a), eq(blocks.blockedId, b)),
        and(eq(blocks.blockerId, b), eq(blocks.blockedId, a)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Slugs of talent profiles `viewer` must not see, for lists that come from a shared index (the
 * directory): the profiles of people they blocked or who blocked them.
 */
export async function hiddenTalentSlugs(db: Database, viewer: Actor | null): Promise<Set<string>> {
  if (!viewer) return new Set();
  const hidden = [...(await hiddenUserIds(db, viewer.id))];
  if (hidden.length === 0) return new Set();
  const rows = await db.select({ slug: talents.slug }).from(talents).where(inArray(talents.userId, hidden));
  return new Set(rows.map((row) => row.slug));
}

/**
 * The actor blocks the person behind a talent profile: any connection or request between them ends
 * (withdrawn, so neither is told), and so do open contact requests between them.
 * @throws NotFoundError for an unknown profile or one without an account; InvalidInputError for one's own.
 */
export async function blockTalent(db: Database, actor: Actor, slug: string): Promise<void> {
  if (!actor.emailVerified) throw new ForbiddenError();
  const [target] = await db
    .select({ userId: talents.userId })
    .from(talents)
    .innerJoin(users, eq(users.id, talents.userId))
    .where(eq(talents.slug, slug));
  if (!target?.userId) throw new NotFoundError();
  await blockUser(db, actor, target.userId);
}

/** The actor blocks a person by account id (from their own lists of requests and connections). */
export async function blockUser(db: Database, actor: Actor, userId: number): Promise<void> {
  if (!actor.emailVerified) throw new ForbiddenError();
  if (userId === actor.id) throw new InvalidInputError('connections.notYourself');
  const now = clock.now();
  await db.transaction(async (tx) => {
    // An id from a form may name no account: a 404, not the foreign key's failure.
    const [target] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!target) throw new NotFoundError();
    await tx
      .insert(blocks)
      .values({ blockerId: actor.id, blockedId: userId, createdAt: now })
      .onConflictDoNothing();
    const between = (a: typeof connections.requesterId, b: typeof connections.recipientId) =>
      or(and(eq(a, actor.id), eq(b, userId)), and(eq(a, userId), eq(b, actor.id)));
    await tx
      .update(connections)
      .set({ status: 'withdrawn', respondedAt: now })
      .where(between(connections.requesterId, connections.recipientId));
    const theirTalents = tx
      .select({ id: talents.id })
      .from(talents)
      .where(or(eq(talents.userId, actor.id), eq(talents.userId, userId)));
    await tx
      .update(contactRequests)
      .set({ status: 'withdrawn', respondedAt: now })
      .where(
        and(
          inArray(contactRequests.status, ['awaiting_officer', 'pending', 'accepted']),
          or(eq(contactRequests.employerId, actor.id), eq(contactRequests.employerId, userId)),
          inArray(contactRequests.talentId, theirTalents),
        ),
      );
  });
}

/** Lifts a block the actor made; the other person's block, if any, stays. */
export async function unblockUser(db: Database, actor: Actor, userId: number): Promise<void> {
  if (!actor.emailVerified) throw new ForbiddenError();
  await db.delete(blocks).where(and(eq(blocks.blockerId, actor.id), eq(blocks.blockedId, userId)));
}

/** The people the actor blocked, for the page where they may lift a block. */
export async function listBlocked(db: Database, actor: Actor) {
  const rows = await db
    .select({ userId: users.id, account: users.displayName, profile: talents.fullName })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .leftJoin(talents, eq(talents.userId, users.id))
    .where(eq(blocks.blockerId, actor.id))
    .limit(500);
  return rows.map((row) => ({ userId: row.userId, displayName: row.profile ?? row.account }));
}

/**
 * Mutes: a muted thread notifies its reader no more; a muted person's threads leave the reader's
 * lists, their posts are folded and they notify the reader no more. Nobody is told of a mute.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { threadMutes, userMutes, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { loadThread } from './posting';

export async function setThreadMuted(db: Database, actor: Actor, threadId: number, muted: boolean) {
  await loadThread(db, actor, threadId);
  if (muted) await db.insert(threadMutes).values({ userId: actor.id, threadId }).onConflictDoNothing();
  else
    await db
      .delete(threadMutes)
      .where(and(eq(threadMutes.userId, actor.id), eq(threadMutes.threadId, threadId)));
}

export async function setUserMuted(db: Database, actor: Actor, mutedUserId: number, muted: boolean) {
  if (mutedUserId === actor.id) throw new InvalidInputError('community.notYourself');
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, mutedUserId));
  if (!user) throw new NotFoundError();
  if (muted) await db.insert(userMutes).values({ userId: actor.id, mutedUserId }).onConflictDoNothing();
  else
    await db
      .delete(userMutes)
      .where(and(eq(userMutes.userId, actor.id), eq(userMutes.mutedUserId, mutedUserId)));
}

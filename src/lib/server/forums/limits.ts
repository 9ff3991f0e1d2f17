/**
 * Limits on new accounts, against spam from throwaway sign-ups: until an account is a week old, it
 * posts a few times a day and with few links. Counted from the posts themselves (an index range on
 * author and time), so there is no counter to drift.
 */
import { and, count, eq, gte } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { posts, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError, RateLimitedError } from '@/lib/server/errors';
import { countLinks } from '@/lib/forums/markdown';

const DAY_MS = 24 * 60 * 60 * 1000;
export const NEW_ACCOUNT_DAYS = 7;
export const NEW_ACCOUNT_POSTS_PER_DAY = 5;
export const NEW_ACCOUNT_LINKS_PER_POST = 1;
export const LINKS_PER_POST = 10;

/** Throws when a post by `actor` with `body` at `now` passes the limits of the account's age. */
export async function checkPostingLimits(tx: Executor, actor: Actor, body: string, now: Date) {
  // Staff answer for what they post; the limits are for unknown accounts.
  if (actor.role === 'officer' || actor.role === 'admin') return;
  const [user] = await tx.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, actor.id));
  const isNew = !user || now.getTime() - user.createdAt.getTime() < NEW_ACCOUNT_DAYS * DAY_MS;
  const links = countLinks(body);
  if (links > (isNew ? NEW_ACCOUNT_LINKS_PER_POST : LINKS_PER_POST)) {
    throw new InvalidInputError(isNew ? 'community.newAccountLinks' : 'community.tooManyLinks', 'body');
  }
  if (!isNew) return;
  const since = new Date(now.getTime() - DAY_MS);
  const [recent] = await tx
    .select({ n: count() })
    .from(posts)
    .where(and(eq(posts.authorId, actor.id), gte(posts.createdAt, since)));
  if ((recent?.n ?? 0) >= NEW_ACCOUNT_POSTS_PER_DAY) {
    throw new RateLimitedError(60 * 60, 'community.newAccountPosts');
  }
}

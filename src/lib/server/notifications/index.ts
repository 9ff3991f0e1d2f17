/**
 * In-app notifications: requests, replies, mentions, approvals.
 *
 * To tell someone of something, call {@link notify} with the executor of the transaction that makes
 * the change, so the notification exists exactly when the change commits:
 *
 * ```ts
 * await db.transaction(async (tx) => {
 *   // …the change itself…
 *   await notify(tx, {
 *     userId: mentioned.id,
 *     kind: 'forumMention', // renders the message `notice.forumMention` of the reader's language
 *     params: { name: author.displayName, thread: thread.title },
 *     link: { route: 'forumThread', params: { slug: thread.slug } }, // a route name of src/routes.ts
 *   });
 * });
 * ```
 *
 * A new kind is a new message `notice.<kind>` in both languages (any messages file); its `{name}`
 * placeholders are filled from `params`. Params are stored as given: put in them only what the
 * recipient may see. The header counts unread ones ({@link countUnreadNotifications}); the digest
 * job (digest.ts) mails those still unread.
 */
import { and, count, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { type NotificationLink, notifications } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { isMessageKey, type MessageKey } from '@/lib/i18n/translate';
import * as clock from '@/lib/server/clock';

/** The kinds there are: every dictionary key `notice.<kind>`. */
export type NotificationKind = MessageKey extends infer K
  ? K extends `notice.${infer Kind}`
    ? Kind
    : never
  : never;

export interface NewNotification {
  userId: number;
  kind: NotificationKind;
  params?: Record<string, string | number>;
  link?: NotificationLink;
}

/** A notification as its recipient reads it. */
export interface NotificationItem {
  id: number;
  /** The dictionary key that renders it. */
  messageKey: MessageKey;
  params: Record<string, string | number>;
  link: NotificationLink | null;
  createdAt: Date;
  read: boolean;
}

/** Page size of the notifications page. */
export const NOTIFICATIONS_PER_PAGE = 30;

/** Records notifications in the caller's transaction (or on their own when given the database). */
export async function notify(db: Executor, ...items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  const createdAt = clock.now();
  await db.insert(notifications).values(
    items.map((item) => ({
      userId: item.userId,
      kind: item.kind,
      params: item.params ?? {},
      link: item.link ?? null,
      createdAt,
    })),
  );
}

/** How many notifications `userId` has not read: one index-only count, run on every signed-in page. */
export async function countUnreadNotifications(db: Database, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * The actor's notifications, newest first, a page at a time: `before` is the smallest id of the
 * page already shown (keyset paging, so a new notification never shifts the next page).
 */
export async function listNotifications(
  db: Database,
  actor: Actor,
  before?: number,
): Promise<{ items: NotificationItem[]; nextBefore: number | null }> {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, actor.id),
        before === undefined ? undefined : lt(notifications.id, before),
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE + 1);
  const page = rows.slice(0, NOTIFICATIONS_PER_PAGE);
  return {
    items: page.map((row) => ({
      id: row.id,
      messageKey: messageKeyOf(row.kind),
      params: row.params,
      link: row.link,
      createdAt: row.createdAt,
      read: row.readAt !== null,
    })),
    nextBefore: rows.length > NOTIFICATIONS_PER_PAGE ? page.at(-1)!.id : null,
  };
}

/**
 * Marks the actor's notifications read: those of `ids`, or all of them. Ids of someone else's
 * notifications are ignored, so a forged id reads nothing and marks nothing.
 */
export async function markNotificationsRead(db: Database, actor: Actor, ids?: number[]): Promise<void> {
  if (ids && ids.length === 0) return;
  await db
    .update(notifications)
    .set({ readAt: clock.now() })
    .where(
      and(
        eq(notifications.userId, actor.id),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
}

/** The message of a stored kind; a kind whose message is gone (an older release) reads generically. */
export function messageKeyOf(kind: string): MessageKey {
  const key = `notice.${kind}`;
  return isMessageKey(key) ? key : 'notices.unknown';
}

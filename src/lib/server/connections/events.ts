import type { Executor } from '@db/client';
import { type ContactEventKind, requestEvents } from '@db/schema';
import * as clock from '@/lib/server/clock';

/** Records one step of a contact request or of a brokered connection request, in the caller's transaction. */
export async function logRequestEvent(
  db: Executor,
  about: { contactRequestId: number } | { connectionId: number },
  actorId: number,
  kind: ContactEventKind,
): Promise<void> {
  await db.insert(requestEvents).values({ ...about, actorId, kind, createdAt: clock.now() });
}

import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type DigestFrequency, digestFrequencies, notificationSettings } from '@db/schema';
import type { Lang } from '@/lib/i18n/languages';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError } from '@/lib/server/errors';

/** Without a saved choice, unread notifications are mailed once a day. */
export const DEFAULT_DIGEST: DigestFrequency = 'daily';

/** The actor's digest choice. */
export async function getDigestFrequency(db: Database, actor: Actor): Promise<DigestFrequency> {
  const [row] = await db
    .select({ digest: notificationSettings.digest })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, actor.id));
  return row?.digest ?? DEFAULT_DIGEST;
}

/**
 * Saves the actor's digest choice, and the language of the page they chose it on, which the digest
 * is then written in.
 * @throws InvalidInputError for a frequency that is not one of {@link digestFrequencies}.
 */
export async function saveDigestFrequency(
  db: Database,
  actor: Actor,
  digest: string,
  lang: Lang,
): Promise<void> {
  if (!(digestFrequencies as readonly string[]).includes(digest))
    throw new InvalidInputError('form.required', 'digest');
  const value = { digest: digest as DigestFrequency, lang };
  await db
    .insert(notificationSettings)
    .values({ userId: actor.id, ...value })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: value });
}

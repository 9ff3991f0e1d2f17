import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { routePath } from '@/routes';
import { getDb } from '@/lib/server/db';
import { listNotifications, markNotificationsRead } from '@/lib/server/notifications';
import { getDigestFrequency } from '@/lib/server/notifications/settings';
import { readFormResult } from './form-result';

/**
 * The notifications page: the signed-in person's notifications, a page at a time, and their digest
 * choice. Showing a notification marks it read.
 */
export async function loadNotificationsPage(astro: AstroGlobal) {
  const { lang, actor } = astro.locals;
  if (!actor) return astro.redirect(routePath(lang, 'signIn'), 303);
  const digestSaved = await readFormResult(astro, astro.getActionResult(actions.saveDigest));
  const beforeText = astro.url.searchParams.get('before') ?? '';
  const before = /^\d{1,15}$/.test(beforeText) ? Number(beforeText) : undefined;
  const db = getDb();
  const [page, digest] = await Promise.all([
    listNotifications(db, actor, before),
    getDigestFrequency(db, actor),
  ]);
  // Seen is read: the page still marks them new this once, and the header's count drops at once.
  const unseen = page.items.filter((item) => !item.read).map((item) => item.id);
  await markNotificationsRead(db, actor, unseen);
  return { ...page, digest, digestSaved };
}

import type { AstroGlobal } from 'astro';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { canReadOutbox } from '@/lib/server/mail/outbox-access';
import { listOutbox } from '@/lib/server/mail/send';

/**
 * The outbox page's messages, or null when this visitor may not read them (the page is then a 404,
 * so it does not even say that mail waits there). Never cached: it differs by viewer.
 */
export async function loadOutbox(astro: AstroGlobal) {
  astro.response.headers.set('Cache-Control', 'private, no-store');
  const { actor, socketAddress, clientAddress } = astro.locals;
  if (!canReadOutbox(getConfig(), { actor, socketAddress, clientAddress })) return null;
  return listOutbox(getDb());
}

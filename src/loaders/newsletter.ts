import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { getDb } from '@/lib/server/db';
import { isConfirmationPending, isSubscribed } from '@/lib/server/mailing-list/subscribe';
import { readFormResult } from './form-result';

/** The subscribe page: the form's answer, the same whether or not the address was on the list. */
export async function loadNewsletterPage(astro: AstroGlobal) {
  astro.cache.set(false);
  return { outcome: await readFormResult(astro, astro.getActionResult(actions.subscribeToList)) };
}

/**
 * A page behind a list mail's link (confirm, unsubscribe): a form that posts the token, so a link
 * scanner fetching the link changes nothing; 400 when the link no longer works. No Referer leaves
 * with the token, and nothing of it is cached.
 */
export async function loadListLinkPage(astro: AstroGlobal, kind: 'confirm' | 'unsubscribe') {
  astro.cache.set(false);
  astro.response.headers.set('Referrer-Policy', 'same-origin');
  astro.response.headers.set('Cache-Control', 'no-store');
  const action = kind === 'confirm' ? actions.confirmSubscription : actions.unsubscribeFromList;
  const outcome =
    kind === 'confirm'
      ? await readFormResult(astro, astro.getActionResult(actions.confirmSubscription))
      : await readFormResult(astro, astro.getActionResult(actions.unsubscribeFromList));
  const token = astro.url.searchParams.get('token') ?? '';
  const done = outcome.data !== undefined;
  const valid =
    kind === 'confirm' ? await isConfirmationPending(getDb(), token) : await isSubscribed(getDb(), token);
  if (!valid && !done && (astro.response.status ?? 200) < 400) astro.response.status = 400;
  return { outcome, action: String(action), token, valid };
}

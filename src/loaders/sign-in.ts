import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { routePath } from '@/routes';
import { returnPathOfPage, safeReturnPath } from '@/lib/return-path';
import { readFormResult } from './form-result';

/** The query parameter that carries the page to return to through the sign-in page. */
const NEXT = 'next';

/**
 * A redirect to the sign-in page that brings the person back to the page they asked for. A form
 * sent without a session returns to its page, not to the action (`_action` is dropped).
 */
export function redirectToSignIn(astro: AstroGlobal): Response {
  const here = returnPathOfPage(astro.url);
  const { lang } = astro.locals;
  // The account page is where signing in leads anyway: its link stays plain.
  const query = here === routePath(lang, 'account') ? undefined : { [NEXT]: here };
  return astro.redirect(routePath(lang, 'signIn', {}, query), 303);
}

/** The page the sign-in form returns to: the asked-for page when it is one of this site's, else undefined. */
function returnPathOf(astro: AstroGlobal): string | undefined {
  return safeReturnPath(astro.url.searchParams.get(NEXT)) ?? undefined;
}

/** The sign-in form's action, carrying the return path through a refusal. */
function signInAction(action: string, next: string | undefined): string {
  return next ? `${action}&${new URLSearchParams({ [NEXT]: next })}` : action;
}

/** The sign-in page: once signed in, a redirect to the asked-for page or the account; else the form. */
export async function loadSignInPage(astro: AstroGlobal) {
  const outcome = await readFormResult(astro, astro.getActionResult(actions.signIn));
  const next = returnPathOf(astro);
  if (outcome.data) return astro.redirect(next ?? routePath(astro.locals.lang, 'account'), 303);
  return { outcome, action: signInAction(String(actions.signIn), next) };
}

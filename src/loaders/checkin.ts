import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { renderSVG } from 'uqr';
import { anGiangTime, checkinWindow } from '@/lib/nurture/checkin-window';
import { now } from '@/lib/server/clock';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { getManagedActivity } from '@/lib/server/nurture/activities';
import { getCheckinActivity } from '@/lib/server/nurture/checkin';
import { checkinToken, secondsToNextToken } from '@/lib/server/nurture/checkin-token';
import { routePath } from '@/routes';
import { isStaff } from './activities';
import { readFormResult } from './form-result';
import { redirectToSignIn } from './sign-in';

function windowText(activity: Parameters<typeof checkinWindow>[0]) {
  const window = checkinWindow(activity);
  return { opens: anGiangTime(window.opensAt), closes: anGiangTime(window.closesAt) };
}

/**
 * The code an officer shows at the event: a QR code of the check-in address with this minute's
 * token, and the seconds until the page must reload to show the next one.
 */
export async function loadActivityCodePage(astro: AstroGlobal) {
  const { actor, lang, siteUrl } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const id = Number(astro.params.id);
  try {
    if (!isStaff(astro)) throw new ForbiddenError();
    const activity = await getManagedActivity(getDb(), actor, Number.isSafeInteger(id) && id > 0 ? id : 0);
    const at = now();
    const token = checkinToken(getConfig().checkinSecret, activity.id, at);
    const url = new URL(routePath(lang, 'checkIn', { id: String(activity.id) }, { t: token }), siteUrl).href;
    astro.response.headers.set('Cache-Control', 'no-store');
    return {
      status: 'ok' as const,
      activity,
      url,
      svg: renderSVG(url, { ecc: 'M', border: 2, pixelSize: 8 }),
      // One second past the turn, so the reload surely gets the new code.
      refreshIn: secondsToNextToken(at) + 1,
      window: windowText(activity),
    };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    if (error instanceof ForbiddenError) {
      astro.response.status = 403;
      return { status: 'forbidden' as const };
    }
    throw error;
  }
}

/** The page a scanned code opens: the activity and a button to confirm, for a signed-in talent. */
export async function loadCheckinPage(astro: AstroGlobal) {
  const { actor } = astro.locals;
  if (!actor) return redirectToSignIn(astro);
  const outcome = await readFormResult(astro, astro.getActionResult(actions.checkIn), { shownFields: [] });
  const id = Number(astro.params.id);
  try {
    const activity = await getCheckinActivity(getDb(), Number.isSafeInteger(id) && id > 0 ? id : 0);
    const token = (astro.url.searchParams.get('t') ?? outcome.typed?.get('token') ?? '').slice(0, 64);
    return { activity, token, outcome, isTalent: actor.role === 'talent', window: windowText(activity) };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

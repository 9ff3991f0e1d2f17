import { defineMiddleware, sequence } from 'astro:middleware';
import { isLang } from './lib/i18n/languages';
import { getTranslator } from './lib/i18n/translate';
import { deleteSessionCookie, sessionCookieName, validateSessionToken } from './lib/server/auth/sessions';
import { getConfig } from './lib/server/config';
import { getDb } from './lib/server/db';
import { cachePolicy } from './lib/server/http/cache-policy';
import { logUnhandledError, newRequestId } from './lib/server/http/request-log';
import { forbidFraming, securityHeadersFor } from './lib/server/http/security-headers';
import { clientAddressOf } from './lib/server/net/client-address';
import { countUnreadNotifications } from './lib/server/notifications';

/**
 * Who is asking, from what the server entry saw on the socket (`scripts/serve.ts` passes it in
 * locals, as the Node adapter's middleware mode allows); Astro's own `clientAddress` believes the
 * first `X-Forwarded-For` entry, which any client writes. Errors no code handled are logged here
 * with the request id the 500 page shows.
 */
const requestContext = defineMiddleware(async (context, next) => {
  const { locals } = context;
  locals.requestId ??= newRequestId();
  // `astro dev` and the adapter's own 404 come without the entry's locals.
  locals.siteUrl ??= getConfig().publicSiteUrl;
  if (!context.isPrerendered) {
    // `astro dev` has no server entry: its socket address is Astro's, and only this machine reaches
    // it. The adapter renders a 404 without the entry's locals: an unknown address then, which
    // shares one rate-limit bucket and is never loopback, so it fails closed.
    locals.socketAddress ??= import.meta.env.DEV ? context.clientAddress : '';
    const forwardedFor = context.request.headers.get('x-forwarded-for');
    locals.clientAddress = clientAddressOf(locals.socketAddress, forwardedFor, getConfig().trustedProxies);
  }
  try {
    return await next();
  } catch (error) {
    logUnhandledError(locals.requestId, context.request, error);
    throw error;
  }
});

/**
 * Headers every response carries, unless a page chose its own (pages with tokens: no referrer). A
 * page brings its own Content-Security-Policy (Astro's, with hashes), which gets framing forbidden;
 * anything else gets the policy that allows nothing.
 */
const securityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  const policy = response.headers.get('Content-Security-Policy');
  if (policy) response.headers.set('Content-Security-Policy', forbidFraming(policy));
  const defaults = securityHeadersFor(getConfig());
  for (const [name, value] of Object.entries(defaults))
    if (!response.headers.has(name)) response.headers.set(name, value);
  const type = response.headers.get('Content-Type');
  if (type?.startsWith('text/html') && !/charset=/i.test(type))
    response.headers.set('Content-Type', 'text/html; charset=utf-8');
  return response;
});

/** What caches may keep: nothing of a signed-in answer (see `cachePolicy`). */
const caching = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  const { cacheControl, vary } = cachePolicy({
    signedIn: context.locals.actor !== null || context.cookies.has(sessionCookieName()),
    method: context.request.method,
    status: response.status,
    setsCookie: response.headers.has('Set-Cookie') || [...context.cookies.headers()].length > 0,
    chosen: response.headers.get('Cache-Control'),
  });
  response.headers.set('Cache-Control', cacheControl);
  if (vary) response.headers.append('Vary', vary);
  return response;
});

/** The page language comes from the URL (Astro's i18n routing); its translator goes with it. */
const language = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : 'vi';
  context.locals.lang = lang;
  context.locals.t = getTranslator(lang);
  return next();
});

/** Who is signed in, from the session cookie; a cookie that no longer stands for a session is removed. */
const session = defineMiddleware(async (context, next) => {
  context.locals.actor = null;
  context.locals.sessionId = null;
  context.locals.unreadNotifications = () => Promise.resolve(0);
  if (context.isPrerendered) return next();
  const token = context.cookies.get(sessionCookieName())?.value;
  if (token) {
    const valid = await validateSessionToken(getDb(), token);
    if (valid) {
      context.locals.actor = valid.actor;
      context.locals.sessionId = valid.sessionId;
      // Lazy: only a page that renders the header pays for the count, actions and images do not.
      context.locals.unreadNotifications = () => countUnreadNotifications(getDb(), valid.actor.id);
    } else {
      deleteSessionCookie(context.cookies);
    }
  }
  return next();
});

export const onRequest = sequence(requestContext, securityHeaders, caching, language, session);

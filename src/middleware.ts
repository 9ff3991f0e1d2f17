import { defineMiddleware, sequence } from 'astro:middleware';
import { isLang } from './lib/i18n/languages';
import { getTranslator } from './lib/i18n/translate';
import { deleteSessionCookie, sessionCookieName, validateSessionToken } from './lib/server/auth/sessions';
import { getDb } from './lib/server/db';
import { ensureMailSender } from './lib/server/mail/background';
import { photosDir } from './lib/server/uploads/photos';
import { startPhotoSweeper } from './lib/server/uploads/sweeper';

/** The page language comes from the URL (Astro's i18n routing); its translator goes with it. */
const language = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : 'vi';
  context.locals.lang = lang;
  context.locals.t = getTranslator(lang);
  return next();
});

/** Headers every response carries, unless a page chose its own (pages with tokens: no referrer). */
const securityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  const defaults = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  for (const [name, value] of Object.entries(defaults))
    if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
});

/** Who is signed in, from the session cookie; a cookie that no longer stands for a session is removed. */
const session = defineMiddleware(async (context, next) => {
  context.locals.actor = null;
  context.locals.sessionId = null;
  if (context.isPrerendered) return next();
  const token = context.cookies.get(sessionCookieName())?.value;
  if (token) {
    const valid = await validateSessionToken(getDb(), token);
    if (valid) {
      context.locals.actor = valid.actor;
      context.locals.sessionId = valid.sessionId;
    } else {
      deleteSessionCookie(context.cookies);
    }
  }
  return next();
});

let backgroundStarted = false;

/**
 * Starts this process's background work with its first request: the Node adapter has no start
 * hook, and prerendering at build time must not start it.
 */
const background = defineMiddleware((context, next) => {
  if (!backgroundStarted && !context.isPrerendered) {
    backgroundStarted = true;
    startPhotoSweeper(getDb(), photosDir());
    ensureMailSender();
  }
  return next();
});

export const onRequest = sequence(background, securityHeaders, language, session);

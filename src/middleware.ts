import { defineMiddleware, sequence } from 'astro:middleware';
import { isLang } from './lib/i18n/languages';
import { getTranslator } from './lib/i18n/translate';

/** The page language comes from the URL (Astro's i18n routing); its translator goes with it. */
const language = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : 'vi';
  context.locals.lang = lang;
  context.locals.t = getTranslator(lang);
  return next();
});

/** Headers every response carries; the Content-Security-Policy comes from `security.csp`. */
const securityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
});

export const onRequest = sequence(securityHeaders, language);

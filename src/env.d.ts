/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    lang: import('./lib/i18n/languages').Lang;
    t: import('./lib/i18n/translate').Translate;
    /** The signed-in person, or null. */
    actor: import('./lib/server/auth/actor').Actor | null;
    /** The current session's id, or null. */
    sessionId: string | null;
    /** Set by a rate-limited action so the page can answer 429 with Retry-After. */
    retryAfter?: number;
  }
}

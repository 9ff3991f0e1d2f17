/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    lang: import('./lib/i18n/languages').Lang;
    t: import('./lib/i18n/translate').Translate;
    /** The signed-in person, or null. */
    actor: import('./lib/server/auth/actor').Actor | null;
    /** The signed-in person's unread notifications, counted when first asked (the header asks). */
    unreadNotifications: () => Promise<number>;
    /** The current session's id, or null. */
    sessionId: string | null;
    /** Ties the request's log lines to the 500 page; given by the server entry (`scripts/serve.ts`). */
    requestId: string;
    /** The address of the connection, given by the server entry; never read from a header. */
    socketAddress: string;
    /**
     * The site's public address (`PUBLIC_SITE_URL`, else where the server listens), given by the
     * server entry: the base of canonical links, feeds, sitemaps and mailed links.
     */
    siteUrl: URL;
    /** The client's address behind the trusted proxies (`TRUSTED_PROXIES`): the key of per-IP limits. */
    clientAddress: string;
    /** Set by a rate-limited action so the page can answer 429 with Retry-After. */
    retryAfter?: number;
  }
}

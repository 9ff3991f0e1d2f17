import type { Config } from '@/lib/server/config';

/**
 * The Content-Security-Policy of an answer that is not a page (JSON, feeds, images, scripts,
 * redirects, errors the server writes itself): it may load, run and frame nothing. An SVG or a
 * feed opened on its own then runs no script it might carry.
 */
export const NOTHING_ALLOWED_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The directive that keeps every page out of other sites' frames (clickjacking). */
const NO_FRAMING = "frame-ancestors 'none'";

/**
 * A page's policy with framing forbidden. Astro writes each page's policy (its scripts and styles by
 * hash, `security.csp`) without `frame-ancestors`, which only a header can carry: a prerendered
 * page's policy sits in a `<meta>`, where browsers ignore that directive. A prerendered page gets
 * this function's answer for an empty policy, a header beside its `<meta>`; both apply.
 */
export function forbidFraming(policy: string): string {
  if (/(^|;)\s*frame-ancestors\s/i.test(policy)) return policy;
  const trimmed = policy.trim().replace(/;$/, '');
  return trimmed ? `${trimmed}; ${NO_FRAMING}` : NO_FRAMING;
}

/**
 * Headers every answer carries, pages and static files alike, unless a page chose its own (pages
 * behind mailed links pick their referrer policy; pages bring their own Content-Security-Policy).
 * HSTS only when the site is public over HTTPS: sent over plain HTTP on a laptop it would be
 * ignored at best and pin `localhost` at worst.
 */
export function securityHeadersFor(config: Pick<Config, 'publicSiteUrl'>): Record<string, string> {
  return {
    'Content-Security-Policy': NOTHING_ALLOWED_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(config.publicSiteUrl.protocol === 'https:'
      ? { 'Strict-Transport-Security': 'max-age=31536000' }
      : {}),
  };
}

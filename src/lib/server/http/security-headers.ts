import type { Config } from '@/lib/server/config';

/**
 * Headers every answer carries, pages and static files alike, unless a page chose its own (pages
 * behind mailed links pick their referrer policy). HSTS only when the site is public over HTTPS:
 * sent over plain HTTP on a laptop it would be ignored at best and pin `localhost` at worst.
 */
export function securityHeadersFor(config: Pick<Config, 'publicSiteUrl'>): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(config.publicSiteUrl.protocol === 'https:'
      ? { 'Strict-Transport-Security': 'max-age=31536000' }
      : {}),
  };
}

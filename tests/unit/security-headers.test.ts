import { describe, expect, it } from 'vitest';
import { securityHeadersFor } from '@/lib/server/http/security-headers';

describe('security headers', () => {
  it('pins HTTPS with HSTS only for a site served over HTTPS', () => {
    expect(securityHeadersFor({ publicSiteUrl: new URL('https://tainangtre.angiang.gov.vn') })).toMatchObject(
      {
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Content-Type-Options': 'nosniff',
      },
    );
    expect(securityHeadersFor({ publicSiteUrl: new URL('http://localhost:4321') })).not.toHaveProperty(
      'Strict-Transport-Security',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  forbidFraming,
  NOTHING_ALLOWED_POLICY,
  securityHeadersFor,
} from '@/lib/server/http/security-headers';

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

describe('the Content-Security-Policy', () => {
  it('allows nothing to an answer that is not a page, and no site may frame it', () => {
    const policy = securityHeadersFor({ publicSiteUrl: new URL('http://localhost:4321') })[
      'Content-Security-Policy'
    ];
    expect(policy).toBe(NOTHING_ALLOWED_POLICY);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
  });

  it("adds frame-ancestors 'none' to a page's own policy once, and alone beside a <meta> policy", () => {
    const page = "default-src 'self';script-src 'self' 'sha256-abc=';";
    expect(forbidFraming(page)).toBe(
      "default-src 'self';script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
    expect(forbidFraming(forbidFraming(page))).toBe(forbidFraming(page));
    expect(forbidFraming('')).toBe("frame-ancestors 'none'");
  });
});

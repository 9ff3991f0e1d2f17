import { describe, expect, it } from 'vitest';
import { listeningSiteUrl, readConfig } from '@/lib/server/config';

describe("the site's public address", () => {
  it('is PUBLIC_SITE_URL when set', () => {
    const config = readConfig({ PUBLIC_SITE_URL: 'http://127.0.0.1:4600', HOST: '127.0.0.1', PORT: '4501' });
    expect(config.publicSiteUrl.origin).toBe('http://127.0.0.1:4600');
    expect(config.publicSiteUrlGiven).toBe(true);
  });

  it('is where the server listens when unset, so PORT=4501 links to 4501', () => {
    const config = readConfig({ PORT: '4501' });
    expect(config.publicSiteUrl.origin).toBe('http://localhost:4501');
    expect(config.publicSiteUrlGiven).toBe(false);
    expect(readConfig({ HOST: '127.0.0.1' }).publicSiteUrl.origin).toBe('http://127.0.0.1:4321');
  });

  it('names this machine for a wildcard host and brackets an IPv6 address', () => {
    expect(listeningSiteUrl('0.0.0.0', 8080).origin).toBe('http://localhost:8080');
    expect(listeningSiteUrl('::', 8080).origin).toBe('http://localhost:8080');
    expect(listeningSiteUrl('::1', 8080).origin).toBe('http://[::1]:8080');
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '@/lib/server/config';

const publicSite = { HOST: '0.0.0.0', PUBLIC_SITE_URL: 'https://tainangtre.angiang.gov.vn' };

describe('configuration for a deployment', () => {
  it('refuses a site served beyond this machine without SMTP, naming SMTP_URL', () => {
    for (const env of [
      publicSite,
      { HOST: '0.0.0.0' },
      { PUBLIC_SITE_URL: 'https://tainangtre.angiang.gov.vn' },
    ]) {
      expect(() => readConfig(env)).toThrow(ConfigError);
      expect(() => readConfig(env)).toThrow(/SMTP_URL/);
    }
  });

  it('starts a public site with SMTP, or with an admin-only outbox for staging', () => {
    expect(readConfig({ ...publicSite, SMTP_URL: 'smtps://u:p@mail.example.vn:465' }).outbox).toBe('off');
    expect(readConfig({ ...publicSite, MAIL_OUTBOX: 'admin-only' }).outbox).toBe('admin-only');
    expect(() => readConfig({ ...publicSite, MAIL_OUTBOX: 'everyone' })).toThrow(/MAIL_OUTBOX/);
  });

  it('keeps the local outbox on a laptop', () => {
    expect(readConfig({}).outbox).toBe('local');
    expect(readConfig({ HOST: '127.0.0.1', PUBLIC_SITE_URL: 'http://127.0.0.1:4321' }).outbox).toBe('local');
  });

  it('trusts no proxy unless told how many hops there are', () => {
    expect(readConfig({}).trustedProxies).toBe(0);
    expect(readConfig({ TRUSTED_PROXIES: '2' }).trustedProxies).toBe(2);
    expect(() => readConfig({ TRUSTED_PROXIES: 'yes' })).toThrow(/TRUSTED_PROXIES/);
  });
});

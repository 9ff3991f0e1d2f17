import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '@/lib/server/net/client-address';
import { isLoopbackAddress, isLoopbackHost } from '@/lib/server/net/loopback';

describe('the client address behind trusted proxies', () => {
  it('is the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddressOf('198.51.100.4', '1.2.3.4', 0)).toBe('198.51.100.4');
    expect(clientAddressOf('198.51.100.4', null, 0)).toBe('198.51.100.4');
  });

  it('is the right-most address the trusted hops did not write', () => {
    // client 203.0.113.7 → proxy 10.0.0.2 → app; the client forged 6.6.6.6 at the left.
    expect(clientAddressOf('10.0.0.2', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two hops: the outer proxy appended the client, the inner appended the outer proxy.
    expect(clientAddressOf('10.0.0.3', '6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientAddressOf('10.0.0.2', '2001:db8::9', 1)).toBe('2001:db8::9');
  });

  it('believes no entry of a chain shorter than the hops, nor a malformed one', () => {
    expect(clientAddressOf('10.0.0.2', '6.6.6.6', 2)).toBe('10.0.0.2');
    expect(clientAddressOf('10.0.0.2', 'sign-in:account:x', 1)).toBe('10.0.0.2');
    expect(clientAddressOf('10.0.0.2', ' , ', 1)).toBe('10.0.0.2');
    expect(clientAddressOf('', '6.6.6.6', 1)).toBe('');
  });
});

describe('loopback', () => {
  it('knows the addresses a socket reports for this machine', () => {
    for (const address of ['127.0.0.1', '127.4.5.6', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ['10.0.0.1', '::ffff:10.0.0.1', '0.0.0.0', '::', '', undefined, 'localhost'])
      expect(isLoopbackAddress(address), String(address)).toBe(false);
  });

  it('knows the host names only this machine reaches', () => {
    for (const host of ['localhost', 'LOCALHOST', 'tntag.localhost', '127.0.0.1', '[::1]', '::1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', 'tainangtre.angiang.gov.vn', '192.168.1.5', 'localhost.example.vn'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('the address per-IP limits use', () => {
  it('never comes from Astro’s clientAddress, which believes the first X-Forwarded-For entry', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|astro)$/.test(file))
      .filter((file) =>
        /\b(context|Astro|ctx)\.clientAddress\b/.test(readFileSync(join('src', file), 'utf8')),
      );
    // Only the middleware reads it, and only under `astro dev`, which nobody reaches from outside.
    expect(sources).toEqual(['middleware.ts']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/server/auth/actor';
import { canReadOutbox } from '@/lib/server/mail/outbox-access';

const person = (role: Actor['role'], emailVerified = true): Actor => ({
  id: 1,
  email: 'a@example.vn',
  displayName: 'A',
  role,
  unitId: null,
  emailVerified,
  employerVerified: false,
});
const local = { socketAddress: '127.0.0.1', clientAddress: '127.0.0.1' };
const remote = { socketAddress: '203.0.113.7', clientAddress: '203.0.113.7' };

describe('who reads the mail outbox', () => {
  it('lets anyone on the machine read it while the server listens only on loopback', () => {
    expect(canReadOutbox({ outbox: 'local', host: 'localhost' }, { actor: null, ...local })).toBe(true);
    expect(canReadOutbox({ outbox: 'local', host: '127.0.0.1' }, { actor: null, ...local })).toBe(true);
  });

  it('refuses a visitor from elsewhere, and one a local proxy forwarded', () => {
    expect(canReadOutbox({ outbox: 'local', host: 'localhost' }, { actor: null, ...remote })).toBe(false);
    expect(
      canReadOutbox(
        { outbox: 'local', host: 'localhost' },
        { actor: null, socketAddress: '127.0.0.1', clientAddress: '203.0.113.7' },
      ),
    ).toBe(false);
    expect(canReadOutbox({ outbox: 'local', host: '0.0.0.0' }, { actor: null, ...local })).toBe(false);
  });

  it('lets a signed-in admin read it from anywhere, and nobody else when admin-only', () => {
    const config = { outbox: 'admin-only', host: '0.0.0.0' } as const;
    expect(canReadOutbox(config, { actor: person('admin'), ...remote })).toBe(true);
    expect(canReadOutbox(config, { actor: person('admin', false), ...remote })).toBe(false);
    expect(canReadOutbox(config, { actor: person('officer'), ...local })).toBe(false);
    expect(canReadOutbox({ ...config, host: 'localhost' }, { actor: null, ...local })).toBe(false);
  });

  it('is closed to everyone once SMTP sends the mail', () => {
    expect(canReadOutbox({ outbox: 'off', host: 'localhost' }, { actor: person('admin'), ...local })).toBe(
      false,
    );
  });
});

import type { Actor } from '@/lib/server/auth/actor';
import type { Config } from '@/lib/server/config';
import { isLoopbackAddress, isLoopbackHost } from '@/lib/server/net/loopback';

export interface OutboxReader {
  actor: Actor | null;
  /** The address of the connection itself, never a header. */
  socketAddress: string;
  /** The client behind any trusted proxies: a local proxy's socket is loopback, its visitor is not. */
  clientAddress: string;
}

/**
 * Whether someone may read the mail outbox, which holds reset and sign-in links: a signed-in admin,
 * or, in `local` mode, anyone while the server listens only on this machine and the connection and
 * the client behind it both come from this machine. The Host header is never asked: a client sets it.
 */
export function canReadOutbox(
  config: Pick<Config, 'outbox' | 'host'>,
  { actor, socketAddress, clientAddress }: OutboxReader,
): boolean {
  if (config.outbox === 'off') return false;
  if (actor?.role === 'admin' && actor.emailVerified) return true;
  return (
    config.outbox === 'local' &&
    isLoopbackHost(config.host) &&
    isLoopbackAddress(socketAddress) &&
    isLoopbackAddress(clientAddress)
  );
}

import { isIP } from 'node:net';

/**
 * The address of the client a request came from, believing `X-Forwarded-For` only as far as the
 * `trustedProxies` hops in front of the server can vouch for it. Each proxy appends the address it
 * saw, so the chain is `[…forwarded-for, socket]` and the client is the entry `trustedProxies` places
 * from the right; anything further left was written by the client and may be forged.
 * With no trusted proxy (or no known socket) the socket address is the answer and the header is ignored.
 * @example clientAddressOf('10.0.0.2', '6.6.6.6, 203.0.113.7', 1) // '203.0.113.7'
 */
export function clientAddressOf(
  socketAddress: string,
  forwardedFor: string | null,
  trustedProxies: number,
): string {
  if (trustedProxies === 0 || !forwardedFor || !socketAddress) return socketAddress;
  const forwarded = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress];
  const index = chain.length - 1 - trustedProxies;
  // A shorter chain means the request skipped a proxy, so none of its entries is vouched for.
  if (index < 0) return socketAddress;
  const candidate = chain[index]!;
  // A proxy that passes garbage along must not let it become a rate-limit key of the client's choice.
  return isIP(candidate) ? candidate : socketAddress;
}

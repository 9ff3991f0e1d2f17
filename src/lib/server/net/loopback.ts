import { isIPv4 } from 'node:net';

/**
 * Whether an IP address (as a socket reports it) is this machine's loopback: 127.0.0.0/8, ::1, or
 * an IPv4 loopback mapped into IPv6 (`::ffff:127.0.0.1`, which dual-stack sockets report).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  if (isIPv4(ipv4)) return ipv4.startsWith('127.');
  return address === '::1';
}

/**
 * Whether a host name or address (`HOST`, the host of `PUBLIC_SITE_URL`) can only be reached from
 * this machine: `localhost`, a `.localhost` name (RFC 6761) or a loopback address.
 * @example isLoopbackHost('[::1]') // true; isLoopbackHost('0.0.0.0') // false
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name.endsWith('.localhost') || isLoopbackAddress(name);
}

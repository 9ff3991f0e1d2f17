import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * Tokens as `id.secret`, the design the Lucia authors now teach: the id finds the row, the secret
 * proves possession. Only SHA-256 of the secret is stored, and it is compared in constant time.
 * Secrets carry 160 bits of entropy (the guide's example generator gives 120; ASVS asks ≥ 128).
 */
export interface IssuedToken {
  id: string;
  secretHash: Buffer;
  /** What goes in the cookie or the link; never stored. */
  token: string;
}

function randomBase32(bytes: number): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function hashSecret(secret: string): Buffer {
  return Buffer.from(sha256(new TextEncoder().encode(secret)));
}

export function issueToken(): IssuedToken {
  const id = randomBase32(15);
  const secret = randomBase32(20);
  return { id, secretHash: hashSecret(secret), token: `${id}.${secret}` };
}

/** Splits a presented token; null when it is not of our shape (no lookup is made then). */
export function parseToken(token: string | undefined | null): { id: string; secret: string } | null {
  if (!token || token.length > 100) return null;
  const match = /^([a-z2-7]{24})\.([a-z2-7]{32})$/.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** Whether `secret` is the one whose hash is stored, in constant time. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && constantTimeEqual(presented, storedHash);
}

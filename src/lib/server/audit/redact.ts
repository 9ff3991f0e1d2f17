/**
 * What the audit log never keeps: passwords, password hashes, tokens, secrets and one-time codes,
 * whatever object they sit in. A key is denied by what it names, not by its exact spelling, so
 * `passwordHash`, `password_hash`, `resetTokenHash` and `sessionToken` are all caught.
 */
const DENIED = [/passw/i, /token/i, /secret/i, /hash/i, /otp/i, /^code$/i, /cookie/i, /credential/i];

/** The placeholder a denied value is replaced by, so the log still shows that it changed. */
export const REDACTED = '[redacted]';

/** Whether the audit log may keep the value under `key`. */
export function isDeniedKey(key: string): boolean {
  return DENIED.some((pattern) => pattern.test(key));
}

/**
 * A copy of `value` with every denied key's value replaced by {@link REDACTED}, at any depth.
 * @example redactSecrets({ email: 'a@b.vn', passwordHash: '$argon2…' }) // { email: 'a@b.vn', passwordHash: '[redacted]' }
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, isDeniedKey(key) ? REDACTED : redactSecrets(inner)]),
  );
}

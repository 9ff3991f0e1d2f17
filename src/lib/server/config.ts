import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isLoopbackHost } from './net/loopback';

/**
 * The whole runtime configuration, read from the environment once and validated, so a bad value
 * stops the start with a message naming the variable. The server and the command-line scripts
 * (migrate, seed, benchmarks) share this one module; secrets never reach client bundles because
 * nothing under `src/lib/server` is imported by client code.
 */
const databaseUrl = z
  .string()
  .trim()
  .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):');

const configSchema = z.object({
  DATABASE_URL: databaseUrl.default('file:data/tai-nang-tre.db'),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  HOST: z.string().trim().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  PUBLIC_SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  MEILISEARCH_URL: z.url({ protocol: /^https?$/ }).optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,100}$/, 'letters, digits, - and _ only')
    .default('talents'),
  DATA_DIR: z.string().trim().min(1).default('data'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().trim().min(3).default('Tài năng trẻ An Giang <no-reply@localhost>'),
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  MAIL_OUTBOX: z.enum(['local', 'admin-only']).default('local'),
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  CHECKIN_SECRET: z.string().min(32, 'at least 32 characters').optional(),
});

/** Host names that reach only this machine. */

export type Config = {
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  host: string;
  port: number;
  /**
   * The address people reach the site at: canonical links, feeds, sitemaps, mailed links. When
   * `PUBLIC_SITE_URL` is unset, the address the server listens on (see {@link listeningSiteUrl}).
   */
  publicSiteUrl: URL;
  /** Whether `PUBLIC_SITE_URL` was given; if not, the server adopts the port it really got. */
  publicSiteUrlGiven: boolean;
  /** Folder for files that are not in the database (uploaded photos); shared by every instance. */
  dataDir: string;
  /** SMTP server for mail; without it mail goes to the outbox table and its page. */
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * Who may read the outbox page while mail stays in the database: `local` lets anyone on this
   * machine read it (and admins), `admin-only` only signed-in admins; `off` when SMTP is configured.
   */
  outbox: 'off' | 'local' | 'admin-only';
  /** Reverse proxies in front of the server whose `X-Forwarded-For` entries are believed. */
  trustedProxies: number;
  /** Cookies are Secure when the site is served over HTTPS. */
  secureCookies: boolean;
  /** Set when Meilisearch serves the directory; the embedded engine stays the fallback. */
  meilisearch: { url: string; apiKey: string | undefined; index: string } | null;
  /**
   * How far the server's clock runs ahead of the machine's (0 in production): set by `CLOCK_START`,
   * so browser tests run on the date their fixtures were written for. See src/lib/server/clock.ts.
   */
  clockOffsetMs: number;
  /**
   * Signs the QR codes of check-in at activities. Unset: a random secret of this process, so a code
   * shown by one instance is accepted by that instance only (and not after a restart).
   */
  checkinSecret: string;
};

export class ConfigError extends Error {}

/** Parses an environment (default: `process.env`); throws {@link ConfigError} listing every bad variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicSiteUrl = c.PUBLIC_SITE_URL ? new URL(c.PUBLIC_SITE_URL) : listeningSiteUrl(c.HOST, c.PORT);
  const local = isLoopbackHost(c.HOST) && isLoopbackHost(publicSiteUrl.hostname);
  // A moved clock reopens closed award calls and stretches sessions: a laptop-only setting.
  if (c.CLOCK_START && !local) {
    throw new ConfigError(
      'Invalid configuration:\n  CLOCK_START: only for tests on this machine (HOST and PUBLIC_SITE_URL must be loopback)',
    );
  }
  if (!c.SMTP_URL && c.MAIL_OUTBOX === 'local' && !local) {
    // Without SMTP every mail, reset links included, waits in the outbox: a public site must not show it.
    throw new ConfigError(
      `Invalid configuration:\n  SMTP_URL: required when the site is served beyond this machine (HOST ${c.HOST}, PUBLIC_SITE_URL ${publicSiteUrl.origin}); set SMTP_URL, or MAIL_OUTBOX=admin-only for a staging site whose mail only admins read`,
    );
  }
  return {
    databaseUrl: c.DATABASE_URL,
    databaseAuthToken: c.DATABASE_AUTH_TOKEN,
    host: c.HOST,
    port: c.PORT,
    publicSiteUrl,
    publicSiteUrlGiven: c.PUBLIC_SITE_URL !== undefined,
    dataDir: c.DATA_DIR,
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    outbox: c.SMTP_URL ? 'off' : c.MAIL_OUTBOX,
    trustedProxies: c.TRUSTED_PROXIES,
    secureCookies: publicSiteUrl.protocol === 'https:',
    meilisearch: c.MEILISEARCH_URL
      ? { url: c.MEILISEARCH_URL, apiKey: c.MEILISEARCH_API_KEY, index: c.MEILISEARCH_INDEX }
      : null,
    clockOffsetMs: c.CLOCK_START ? Date.parse(c.CLOCK_START) - Date.now() : 0,
    checkinSecret: c.CHECKIN_SECRET ?? randomBytes(32).toString('base64url'),
  };
}

/**
 * The site's address when no `PUBLIC_SITE_URL` says otherwise: the host and port the server listens
 * on, so `PORT=4501 npm start` links to 4501. A wildcard host (`0.0.0.0`, `::`) is no address to
 * link to; this machine's name for itself stands in.
 * @example listeningSiteUrl('0.0.0.0', 4501).href // 'http://localhost:4501/'
 */
export function listeningSiteUrl(host: string, port: number): URL {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const name = wildcard ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return new URL(`http://${name}:${port}`);
}

let cached: Config | undefined;

/** The process configuration, parsed on first use. */
export function getConfig(): Config {
  return (cached ??= readConfig());
}

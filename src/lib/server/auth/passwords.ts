import { hash, verify } from '@node-rs/argon2';
import { foldVietnamese } from '@/lib/vietnamese';
import commonPasswords from './common-passwords.json' with { type: 'json' };

/** OWASP's argon2id parameters: 19 MiB, two passes, one lane. (`algorithm` 2 is argon2id.) */
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 8;
/** Long enough for passphrases, short enough that hashing cannot be used to exhaust the server. */
export const MAX_PASSWORD_LENGTH = 128;

/** Lower-cased, from the most common passwords of the SecLists top-1M list plus Vietnamese ones. */
const common = new Set<string>(commonPasswords);

export type PasswordProblem = 'too-short' | 'too-long' | 'blank' | 'common';

/**
 * The site's own words, folded and without spaces: the first guesses of anyone attacking this
 * site's accounts (ASVS 5.0 asks to refuse context-specific words).
 */
const SITE_WORDS = [
  'mangluoitainangtreangiang',
  'tainangtreangiang',
  'tainangtre',
  'nangtre',
  'tntag',
  'tinhdoanangiang',
  'tinhdoan',
  'doanthanhnien',
  'angiang',
  'tainang',
];
/** What may remain once the site's words and years are taken out: less than this is no secret. */
const MIN_OWN_PART = 4;

/** Whether the password is little more than the site's name, its province or the year. */
function isMadeOfSiteWords(password: string, year: number): boolean {
  let rest = foldVietnamese(password).replace(/[^a-z0-9]/g, '');
  for (const word of [...SITE_WORDS, String(year), String(year - 1)]) rest = rest.replaceAll(word, '');
  return rest.length < MIN_OWN_PART;
}

/**
 * Why a new password is not acceptable, or null. No composition rules (OWASP ASVS 5.0); refused
 * are the short, the overlong, the blank, the most common, the email address and the site's own
 * words with the year (`now` sets the year).
 */
export function passwordProblem(password: string, email?: string, now = new Date()): PasswordProblem | null {
  if (password.trim() === '') return 'blank';
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (length > MAX_PASSWORD_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  if (
    common.has(lower) ||
    (email && lower === email.toLowerCase()) ||
    (email && lower === email.split('@')[0]?.toLowerCase()) ||
    isMadeOfSiteWords(password, now.getFullYear())
  ) {
    return 'common';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  return (decoyHash ??= hashPassword('decoy password that matches nothing'));
}

/**
 * An employer's own profile: the organisation behind the account. An officer verifies the
 * organisation (src/lib/server/officers/employers.ts); until then the employer sees only what
 * talents show to everyone signed in, and afterwards also what they share with verified employers.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { employers } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import { isHttpUrl } from '@/lib/http-url';

export const MAX_ORGANISATION_NAME = 200;
export const MAX_CONTACT_PERSON = 100;
export const MAX_WEBSITE = 500;

/** A Vietnamese tax code: 10 digits, or 10 digits, '-' and 3 digits for a branch. */
const TAX_CODE = /^\d{10}(?:-\d{3})?$/;
/** A business registration number: digits, letters, '-' and '/', 6 to 20 of them, at least one digit. */
const REGISTRATION_NUMBER = /^(?=.*\d)[0-9A-Z/-]{6,20}$/;

/** The employer's profile as its owner sees it. */
export interface EmployerProfile {
  organisationName: string;
  /** Tax code or business registration number, as stored (no spaces, letters in capitals). */
  registrationNumber: string;
  website: string | null;
  contactPerson: string;
  /** When an officer verified the organisation; null while it awaits verification. */
  verifiedAt: Date | null;
}

export interface EmployerProfileInput {
  organisationName: string;
  registrationNumber: string;
  website: string | null;
  contactPerson: string;
}

export interface SavedEmployerProfile {
  profile: EmployerProfile;
  /** True when the save withdrew an earlier verification (the organisation's identity changed). */
  verificationCleared: boolean;
}

const columns = {
  organisationName: employers.organisationName,
  registrationNumber: employers.registrationNumber,
  website: employers.website,
  contactPerson: employers.contactPerson,
  verifiedAt: employers.verifiedAt,
};

/**
 * The signed-in employer's own profile, or null before they first saved one. Reading needs no
 * confirmed email (saving does).
 * @throws ForbiddenError unless the actor is an employer.
 */
export async function getEmployerProfile(db: Database, actor: Actor | null): Promise<EmployerProfile | null> {
  if (!actor || actor.role !== 'employer') throw new ForbiddenError();
  const [row] = await db.select(columns).from(employers).where(eq(employers.userId, actor.id)).limit(1);
  return row ?? null;
}

/**
 * A registration number as stored: spaces removed and letters in capitals, so that the same number
 * typed twice compares equal.
 */
export function normaliseRegistrationNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** A tax code followed by a branch suffix: the suffix must then be complete. */
const BRANCH_PREFIX = /^\d{10}-/;

/**
 * Whether `text` (normalised) is a Vietnamese tax code or a business registration number. What
 * starts like a branch's tax code (10 digits and '-') must be one: `0301234567-01` is a typo.
 */
export function isRegistrationNumber(text: string): boolean {
  if (BRANCH_PREFIX.test(text)) return TAX_CODE.test(text);
  return TAX_CODE.test(text) || REGISTRATION_NUMBER.test(text);
}

function requiredText(value: string, max: number, field: string): string {
  const text = value.trim();
  if (!text) throw new InvalidInputError('form.required', field);
  if (text.length > max) throw new InvalidInputError('form.tooLong', field);
  return text;
}

/**
 * Creates or updates the signed-in employer's profile.
 *
 * Verification vouches for one organisation: when an already verified employer changes the
 * organisation name or the registration number, the verification is withdrawn (`verifiedAt` and
 * `verifiedById` cleared) and an officer must verify again; until then the employer sees only what
 * unverified employers see. Changing only the website or the contact person keeps the verification.
 * @throws ForbiddenError unless the actor is an employer with a confirmed email.
 * @throws InvalidInputError for a registration number that is neither a tax code nor a business
 *   registration number (`employer.registrationInvalid`, field `registrationNumber`), a website that
 *   is not an http(s) address (`employer.websiteInvalid`, field `website`), or an empty or too long
 *   name or contact person (`form.required` / `form.tooLong`).
 */
export async function saveEmployerProfile(
  db: Database,
  actor: Actor,
  input: EmployerProfileInput,
): Promise<SavedEmployerProfile> {
  const employer = requireRole(actor, 'employer');
  const organisationName = requiredText(input.organisationName, MAX_ORGANISATION_NAME, 'organisationName');
  const contactPerson = requiredText(input.contactPerson, MAX_CONTACT_PERSON, 'contactPerson');
  const registrationNumber = normaliseRegistrationNumber(input.registrationNumber);
  if (!isRegistrationNumber(registrationNumber)) {
    throw new InvalidInputError('employer.registrationInvalid', 'registrationNumber');
  }
  const websiteText = input.website?.trim() ?? '';
  if (websiteText.length > MAX_WEBSITE) throw new InvalidInputError('form.tooLong', 'website');
  if (websiteText && !isHttpUrl(websiteText))
    throw new InvalidInputError('employer.websiteInvalid', 'website');
  const website = websiteText ? new URL(websiteText).href : null;

  return db.transaction(async (tx) => {
    const [current] = await tx
      .select(columns)
      .from(employers)
      .where(eq(employers.userId, employer.id))
      .limit(1);
    const fields = { organisationName, registrationNumber, website, contactPerson };
    if (!current) {
      await tx.insert(employers).values({ userId: employer.id, ...fields });
      return { profile: { ...fields, verifiedAt: null }, verificationCleared: false };
    }
    const identityChanged =
      current.organisationName !== organisationName ||
      normaliseRegistrationNumber(current.registrationNumber) !== registrationNumber;
    const verificationCleared = identityChanged && current.verifiedAt !== null;
    await tx
      .update(employers)
      .set({ ...fields, ...(verificationCleared ? { verifiedAt: null, verifiedById: null } : {}) })
      .where(eq(employers.userId, employer.id));
    return {
      profile: { ...fields, verifiedAt: verificationCleared ? null : current.verifiedAt },
      verificationCleared,
    };
  });
}

/**
 * Rules shared by the functions a talent uses on their own profile (self-service*.ts): who owns
 * what, which fields and places are acceptable, which links may be stored.
 */
import { eq, inArray } from 'drizzle-orm';
import { fields, type PlaceKind, type Talent, talentFields, type TalentLink, talents } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import type { Executor } from '@db/client';

/** Links a profile may list; more turns a profile into a link farm. */
export const MAX_PROFILE_LINKS = 5;

/** The year used for age rules when the caller does not pass one. */
export function thisYear(): number {
  return new Date().getFullYear();
}

/** The id of the profile `userId` owns, or null: a user owns at most one profile. */
export async function ownedTalentId(db: Executor, userId: number): Promise<number | null> {
  const [row] = await db.select({ id: talents.id }).from(talents).where(eq(talents.userId, userId)).limit(1);
  return row?.id ?? null;
}

/**
 * The profile `actor` owns. Ownership comes from the database, never from a form, so a talent can
 * only ever reach their own row. Throws ForbiddenError for anyone else, or a talent without one.
 */
export async function requireOwnTalent(db: Executor, actor: Actor): Promise<Talent> {
  requireRole(actor, 'talent');
  const [talent] = await db.select().from(talents).where(eq(talents.userId, actor.id)).limit(1);
  if (!talent) throw new ForbiddenError('You do not own a talent profile');
  return talent;
}

/** Field ids for slugs, each once; an unknown slug is an error rather than silently dropped. */
export async function resolveFieldIds(db: Executor, slugs: string[]): Promise<number[]> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return [];
  const rows = await db.select({ id: fields.id }).from(fields).where(inArray(fields.slug, wanted));
  if (rows.length !== wanted.length) throw new InvalidInputError('form.invalid', 'fields');
  return rows.map((r) => r.id);
}

/** Replaces the fields of a talent; run inside the transaction that records the change. */
export async function replaceTalentFields(db: Executor, talentId: number, fieldIds: number[]): Promise<void> {
  await db.delete(talentFields).where(eq(talentFields.talentId, talentId));
  if (fieldIds.length > 0)
    await db.insert(talentFields).values(fieldIds.map((fieldId) => ({ talentId, fieldId })));
}

export interface Place {
  placeKind: PlaceKind;
  placeName: string | null;
  placeCountry: string | null;
}

/**
 * Where a talent lives, made consistent: a country code only abroad (and then required, as the
 * directory groups people abroad by country); blank names stored as null.
 */
export function normalisePlace(
  placeKind: PlaceKind,
  placeName?: string | null,
  placeCountry?: string | null,
): Place {
  const name = placeName?.trim() || null;
  if (placeKind !== 'abroad') return { placeKind, placeName: name, placeCountry: null };
  const country = placeCountry?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(country) || country === 'VN') {
    throw new InvalidInputError('profile.countryRequired', 'placeCountry');
  }
  return { placeKind, placeName: name, placeCountry: country };
}

/** Whether `text` is an absolute http(s) URL: other schemes (javascript:, data:) could run in a viewer's browser. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Profile links as stored: at most {@link MAX_PROFILE_LINKS}, http(s) only, labels trimmed. */
export function checkLinks(links: TalentLink[]): TalentLink[] {
  if (links.length > MAX_PROFILE_LINKS) {
    throw new InvalidInputError('profile.tooManyLinks', 'links');
  }
  return links.map(({ label, url }) => {
    if (!isHttpUrl(url.trim())) throw new InvalidInputError('profile.linkScheme', 'links');
    const href = new URL(url.trim()).href;
    return { label: label.trim() || new URL(href).hostname, url: href };
  });
}
